package dev.partnership.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IatiReaderTest {

  static List<IatiActivity> read(String xml, List<DataQualityReport> reports) {
    List<IatiActivity> out = new ArrayList<>();
    reports.add(
        IatiReader.forEach(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml", out::add));
    return out;
  }

  static final String ACTIVITY =
      "<iati-activities version=\"2.03\">\n"
          + " <iati-activity default-currency=\"EUR\">\n"
          + "  <iati-identifier>NL-KVK-1-A</iati-identifier>\n"
          + "  <reporting-org ref=\"NL-KVK-1\" type=\"21\"><narrative>Funder NGO</narrative></reporting-org>\n"
          + "  <participating-org ref=\"XM-DAC-7\" role=\"1\" type=\"10\"><narrative>Ministry</narrative></participating-org>\n"
          + "  <participating-org ref=\"21000\" role=\"4\"><narrative>Local Partner</narrative></participating-org>\n"
          + "  <transaction><transaction-type code=\"1\"/><transaction-date iso-date=\"2020-03-01\"/>\n"
          + "   <value>1000</value><provider-org ref=\"XM-DAC-7\" provider-activity-id=\"XM-DAC-7-X\"/></transaction>\n"
          + "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-04-01\"/>\n"
          + "   <value currency=\"EUR\">600</value></transaction>\n"
          + "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-05-01\"/>\n"
          + "   <value>-1e-10</value><receiver-org ref=\"21000\"><narrative>Local Partner</narrative></receiver-org></transaction>\n"
          + "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-05-02\"/>\n"
          + "   <value></value><receiver-org><narrative>Local Partner</narrative></receiver-org></transaction>\n"
          + "  <transaction><transaction-type code=\"4\"/><transaction-date iso-date=\"2020-06-01\"/><value>5</value></transaction>\n"
          + "  <budget><period-start iso-date=\"2020-01-01\"/><period-end iso-date=\"2020-12-31\"/><value>2000</value></budget>\n"
          + " </iati-activity>\n"
          + "</iati-activities>\n";

  @Test
  void aHostileInputEchoedByTheParserGivesAShortMessage() {
    // found by fuzzing (IatiImportFuzzTest#conversion): the JDK's parser echoes the version whole
    String xml = "<?xml version=\"1" + "9".repeat(5_000) + "\"?><iati-activities/>";
    IatiFormatException e =
        assertThrows(IatiFormatException.class, () -> read(xml, new ArrayList<>()));
    assertTrue(e.getMessage().startsWith("test.xml:1:"), e.getMessage());
    assertTrue(e.getMessage().length() < 700, e.getMessage());
    assertTrue(e.getMessage().contains(" characters)"), e.getMessage());
  }

  @Test
  void readsActivitiesTransactionsAndBudgets() {
    List<DataQualityReport> reports = new ArrayList<>();
    List<IatiActivity> acts = read(ACTIVITY, reports);
    assertEquals(1, acts.size());
    IatiActivity a = acts.get(0);
    assertEquals("NL-KVK-1-A", a.identifier());
    assertEquals(2, a.line());
    assertEquals("NL-KVK-1", a.reportingOrg().ref().orElseThrow());
    assertEquals(2, a.participatingOrgs().size());
    assertEquals(5, a.transactions().size());
    IatiTransaction incoming = a.transactions().get(0);
    assertEquals(7, incoming.line());
    assertEquals("EUR", incoming.currency().orElseThrow());
    assertEquals("XM-DAC-7-X", incoming.provider().orElseThrow().activityId().orElseThrow());
    assertEquals(1, a.budgets().size());
    assertEquals("2000", a.budgets().get(0).value().orElseThrow().toPlainString());
    assertTrue(reports.get(0).entries().isEmpty());
  }

  @Test
  void conversionGuessesAndSkipsWithReasons() {
    List<DataQualityReport> reports = new ArrayList<>();
    IatiConversion c = IatiConversion.of(read(ACTIVITY, reports));
    FundingNetwork net = c.network();
    // incoming 1000 from the ministry; disbursement 600 to the only implementing partner (guessed)
    assertEquals(2, net.flows().size());
    FundingFlow in = net.flows().get(0);
    assertEquals(OrganizationId.of("XM-DAC-7"), in.provider());
    assertEquals(OrganizationId.of("NL-KVK-1"), in.recipient());
    FundingFlow out = net.flows().get(1);
    assertEquals(OrganizationId.of("local-partner"), out.recipient());
    assertEquals("test.xml:9 NL-KVK-1-A disbursement", out.source().orElseThrow());
    assertEquals(1, c.otherTransactions());
    assertEquals(1, c.links().size());
    List<String> reasons =
        c.report().entries().stream()
            .map(DataQualityReport.Entry::toString)
            .collect(Collectors.toList());
    assertTrue(
        reasons.contains(
            "test.xml:9 NL-KVK-1-A GUESSED receiver missing: the activity's only implementing organisation local-partner"),
        reasons.toString());
    assertTrue(
        reasons.contains("test.xml:11 NL-KVK-1-A SKIPPED value below one cent: -1E-10 left out"),
        reasons.toString());
    assertTrue(
        reasons.contains("test.xml:13 NL-KVK-1-A SKIPPED value is empty: transaction left out"),
        reasons.toString());
    assertTrue(
        reasons.stream()
            .anyMatch(
                r ->
                    r.contains(
                        "GUESSED ref is a CRS channel code, not an organisation identifier in participating-org: \"21000\"; identified by name as local-partner")),
        reasons.toString());
    assertTrue(
        reasons.stream()
            .anyMatch(
                r ->
                    r.contains(
                        "organisation type missing in participating-org: local-partner taken as type unknown (locality unknown)")),
        reasons.toString());
  }

  @Test
  void anIncomingTransferMatchingADisbursementCountsOnce() {
    String funder =
        "<iati-activities><iati-activity default-currency=\"EUR\"><iati-identifier>XM-DAC-7-X</iati-identifier>"
            + "<reporting-org ref=\"XM-DAC-7\" type=\"10\"><narrative>Ministry</narrative></reporting-org>"
            + "<transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-02-01\"/><value>1000</value>"
            + "<receiver-org ref=\"NL-KVK-1\" receiver-activity-id=\"NL-KVK-1-A\"/></transaction></iati-activity></iati-activities>";
    List<DataQualityReport> reports = new ArrayList<>();
    List<IatiActivity> acts = new ArrayList<>(read(funder, reports));
    acts.addAll(read(ACTIVITY, reports));
    IatiConversion c = IatiConversion.of(acts);
    assertEquals(1, c.matched());
    assertEquals(
        1,
        c.network().flows().stream()
            .filter(f -> f.provider().equals(OrganizationId.of("XM-DAC-7")))
            .count());
    assertEquals(2, c.links().size());
  }

  @Test
  void aWrongRootIsRefused() {
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class, () -> read("<iati-organisations/>", new ArrayList<>()));
    assertEquals(
        "test.xml:1:22: root element (iati-organisations) must be iati-activities", e.getMessage());
    assertEquals(1, e.line());
    assertEquals("test.xml", e.file());
  }

  @Test
  void aTruncatedFileSaysWhereItBroke() {
    List<DataQualityReport> reports = new ArrayList<>();
    List<IatiActivity> delivered = new ArrayList<>();
    String truncated = ACTIVITY + ACTIVITY.substring(0, 200);
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class,
            () ->
                IatiReader.forEach(
                    new ByteArrayInputStream(truncated.getBytes(StandardCharsets.UTF_8)),
                    "t.xml",
                    delivered::add));
    assertTrue(e.getMessage().startsWith("t.xml:"), e.getMessage());
    assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    assertEquals(1, delivered.size(), "the activity before the flaw was delivered");
    assertTrue(reports.isEmpty());
  }

  @Test
  void aNonXmlFileIsRefused() {
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class, () -> read("%PDF-1.4 binary junk", new ArrayList<>()));
    assertTrue(e.getMessage().startsWith("test.xml:1:"), e.getMessage());
    IatiFormatException empty =
        assertThrows(IatiFormatException.class, () -> read("", new ArrayList<>()));
    assertTrue(empty.getMessage().startsWith("test.xml:"), empty.getMessage());
  }

  @Test
  void xxeReadsNoLocalFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<iati-activities><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>";
    List<IatiActivity> out = new ArrayList<>();
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class,
            () ->
                IatiReader.forEach(
                    new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)),
                    "xxe.xml",
                    out::add));
    assertTrue(e.getMessage().contains("DOCTYPE is not accepted"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET-42"));
    assertTrue(out.isEmpty());
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>\n<iati-activities>&lol9;</iati-activities>");
    IatiFormatException e =
        assertThrows(IatiFormatException.class, () -> read(dtd.toString(), new ArrayList<>()));
    assertTrue(e.getMessage().contains("DOCTYPE is not accepted"), e.getMessage());
  }

  @Test
  void anExternalDtdOpensNoConnection() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String xml =
          "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities SYSTEM \"http://127.0.0.1:"
              + server.getLocalPort()
              + "/iati.dtd\">\n<iati-activities/>";
      assertThrows(IatiFormatException.class, () -> read(xml, new ArrayList<>()));
      server.setSoTimeout(300);
      assertThrows(
          SocketTimeoutException.class, server::accept, "the reader connected to the DTD's host");
    }
  }

  @Test
  void unreadableValuesAreReportedNotFatal() {
    String xml =
        "<iati-activities><iati-activity><iati-identifier>A</iati-identifier>"
            + "<transaction><transaction-type code=\"x\"/><transaction-date iso-date=\"01-02-2020\"/><value>12,5</value></transaction>"
            + "</iati-activity><iati-activity><reporting-org ref=\"NL-KVK-1\"/></iati-activity></iati-activities>";
    List<DataQualityReport> reports = new ArrayList<>();
    List<IatiActivity> acts = read(xml, reports);
    assertEquals(1, acts.size());
    List<String> r =
        reports.get(0).entries().stream()
            .map(DataQualityReport.Entry::reason)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "transaction type is not a number: \"x\"",
            "transaction date is not an ISO date: \"01-02-2020\"",
            "value is not a number: \"12,5\"",
            "activity without iati-identifier: left out"),
        r);
    assertEquals(
        "{SKIPPED: activity without iati-identifier=1, SKIPPED: transaction date is not an ISO date=1, SKIPPED: transaction type is not a number=1,"
            + " SKIPPED: value is not a number=1}",
        reports.get(0).summary().toString());
  }

  @Test
  void aMissingFileIsAFormatErrorNamingThePath(@TempDir Path dir) {
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class, () -> IatiReader.forEach(dir.resolve("none.xml"), a -> {}));
    assertEquals("file (" + dir.resolve("none.xml") + ") does not exist", e.getMessage());
  }

  @Test
  void aDirectoryIsAFormatErrorNamingThePath(@TempDir Path dir) {
    IatiFormatException e =
        assertThrows(IatiFormatException.class, () -> IatiReader.forEach(dir, a -> {}));
    assertEquals("file (" + dir + ") is a directory, not an IATI activities file", e.getMessage());
    assertEquals(dir.toString(), e.file());
    assertEquals(0, e.line());
  }

  @Test
  void anUnreadablePathIsAFormatErrorNamingThePath(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.xml"), "<iati-activities/>");
    Path below = file.resolve("b.xml");
    IatiFormatException e =
        assertThrows(IatiFormatException.class, () -> IatiReader.forEach(below, a -> {}));
    assertTrue(e.getMessage().startsWith("file (" + below + ") cannot be read: "), e.getMessage());
    Path locked = Files.writeString(dir.resolve("locked.xml"), "<iati-activities/>");
    assertTrue(locked.toFile().setReadable(false, false));
    if (!Files.isReadable(locked)) { // root reads everything: then only the case above applies
      IatiFormatException denied =
          assertThrows(IatiFormatException.class, () -> IatiReader.forEach(locked, a -> {}));
      assertEquals("file (" + locked + ") cannot be read: permission denied", denied.getMessage());
    }
  }

  @Test
  void readAllStopsAtTheFirstPathThatIsNotAFile(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("a.xml"), ACTIVITY);
    IatiFormatException e =
        assertThrows(
            IatiFormatException.class,
            () -> IatiReader.readAll(List.of(good, dir.resolve("missing.xml"))));
    assertEquals("file (" + dir.resolve("missing.xml") + ") does not exist", e.getMessage());
  }

  @Test
  void aConsumersOwnExceptionPassesUnchanged() {
    IllegalStateException mine = new IllegalStateException("mine");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                IatiReader.forEach(
                    new ByteArrayInputStream(ACTIVITY.getBytes(StandardCharsets.UTF_8)),
                    "test.xml",
                    a -> {
                      throw mine;
                    }));
    assertTrue(e == mine);
  }

  @Test
  void aParserFailureInsideTheJdkIsAFormatError() {
    // Found by fuzzing: a control character in a DTD makes the JDK's StAX parser throw
    // MissingResourceException instead of an XMLStreamException.
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a\u001c\"b\">]>\n<iati-activities>&a;</iati-activities>";
    IatiFormatException e =
        assertThrows(IatiFormatException.class, () -> read(xml, new ArrayList<>()));
    assertTrue(e.getMessage().startsWith("test.xml:"), e.getMessage());
  }
}
