package dev.partnership.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Localisation;
import dev.partnership.funding.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples of issue 9 ("IATI import") and issue 11's codelists and immutable conversion. */
class IatiConversionTest {
  static final String HEAD = "<iati-activities version=\"2.03\">\n";
  static final String TAIL = "</iati-activities>\n";

  /** An activity of NL-KVK-1 with the given transactions, on lines 2 to 4 and on. */
  static String activity(String id, String... transactions) {
    return " <iati-activity default-currency=\"EUR\"><iati-identifier>"
        + id
        + "</iati-identifier>\n"
        + "  <reporting-org ref=\"NL-KVK-1\" type=\"21\"><narrative>Funder NGO</narrative></reporting-org>\n"
        + String.join("", transactions)
        + " </iati-activity>\n";
  }

  /** A disbursement from NL-KVK-1 to NL-KVK-2, both named, on a line of its own. */
  static String disbursement(String date, String value) {
    return "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\""
        + date
        + "\"/><value>"
        + value
        + "</value><provider-org ref=\"NL-KVK-1\"/><receiver-org ref=\"NL-KVK-2\" type=\"22\"><narrative>Partner</narrative></receiver-org></transaction>\n";
  }

  record Import(List<IatiActivity> activities, DataQualityReport read, IatiConversion conversion) {
    List<String> entries() {
      return read.plus(conversion.report()).entries().stream()
          .map(DataQualityReport.Entry::toString)
          .collect(Collectors.toList());
    }
  }

  static Import convert(String xml) {
    List<DataQualityReport> reports = new ArrayList<>();
    List<IatiActivity> activities = IatiReaderTest.read(xml, reports);
    return new Import(activities, reports.get(0), IatiConversion.of(activities));
  }

  static List<String> amounts(IatiConversion c) {
    return c.network().flows().stream()
        .map(f -> f.amount().toString())
        .collect(Collectors.toList());
  }

  @Test
  void aDateTheModelRefusesSkipsTheTransactionAndTheImportGoesOn() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A",
                    disbursement("2999-01-01", "100"),
                    disbursement("0001-01-01", "200"),
                    disbursement("2020-01-01", "300"))
                + TAIL);
    assertEquals(List.of("300 EUR"), amounts(i.conversion()));
    assertEquals(
        List.of(
            "test.xml:4 A SKIPPED flow refused by the model: year (2999) must be in [1900, 2200]; transaction left out",
            "test.xml:5 A SKIPPED flow refused by the model: year (1) must be in [1900, 2200]; transaction left out"),
        i.entries());
  }

  @Test
  void aHugeExponentIsRefusedBeforeBigDecimalParsesIt() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A",
                    disbursement("2020-01-01", "1E+999999999"),
                    disbursement("2020-01-01", "300"))
                + TAIL);
    assertEquals(List.of("300 EUR"), amounts(i.conversion()));
    assertEquals(
        List.of(
            "test.xml:4 A SKIPPED value exponent is too large: \"1E+999999999\", at most three digits",
            "test.xml:4 A SKIPPED value is empty: transaction left out"),
        i.entries());
  }

  @Test
  void aMillionDigitValueIsRefusedByItsLength() {
    char[] digits = new char[1_000_000];
    Arrays.fill(digits, '7');
    Import i = convert(HEAD + activity("A", disbursement("2020-01-01", new String(digits))) + TAIL);
    assertTrue(i.conversion().network().flows().isEmpty());
    assertEquals(
        "test.xml:4 A SKIPPED value is too long: 1000000 characters, at most 64 are read as a number",
        i.entries().get(0));
  }

  @Test
  void anAmountAboveTheCeilingIsSkippedAndTheLocalisationStaysANumber() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A",
                    disbursement("2020-01-01", "1e400"),
                    disbursement("2020-01-01", "1000000000000001"),
                    disbursement("2020-01-01", "300"))
                + TAIL);
    assertEquals(List.of("300 EUR"), amounts(i.conversion()));
    assertEquals(
        List.of(
            "test.xml:4 A SKIPPED value above the ceiling: 1E+400 is more than 10^15 in any currency, taken as implausible and left out",
            "test.xml:5 A SKIPPED value above the ceiling: 1000000000000001 is more than 10^15 in any currency, taken as implausible and left out"),
        i.entries());
    Localisation l =
        Localisation.of(
            i.conversion().network(), OrganizationId.of("NL-KVK-1"), Money.currency("EUR"));
    IatiImportFuzzTest.finite(l);
    assertFalse(l.toString().contains("NaN"), l.toString());
  }

  @Test
  void theCeilingItselfIsAccepted() {
    Import i = convert(HEAD + activity("A", disbursement("2020-01-01", "1E+15")) + TAIL);
    assertEquals(List.of("1000000000000000 EUR"), amounts(i.conversion()));
  }

  @Test
  void aNegativeValueIsANegativeFlowThatTheNetworkNetsAndIsReported() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A", disbursement("2020-01-01", "1000"), disbursement("2020-03-01", "-400"))
                + TAIL);
    assertEquals(List.of("1000 EUR", "-400 EUR"), amounts(i.conversion()));
    assertEquals(
        List.of(
            "test.xml:5 A REPORTED negative value (a reversal or correction in IATI): -400 EUR kept as a negative flow, netted against the flows"
                + " between the same organisations in that currency"),
        i.entries());
    assertEquals(
        "600",
        i.conversion()
            .network()
            .edges(Money.currency("EUR"))
            .get(OrganizationId.of("NL-KVK-1"))
            .get(OrganizationId.of("NL-KVK-2"))
            .toPlainString());
  }

  @Test
  void aFullReversalLeavesNoMoneyBetweenThePair() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A", disbursement("2020-01-01", "1000"), disbursement("2020-03-01", "-1000"))
                + TAIL);
    assertTrue(i.conversion().network().edges(Money.currency("EUR")).isEmpty());
  }

  @Test
  void mixedContentInANarrativeIsReadAndReported() {
    String xml =
        HEAD
            + activity(
                "A",
                "  <transaction><transaction-type code=\"3\"/><transaction-date iso-date=\"2020-01-01\"/><value>5</value>"
                    + "<receiver-org><narrative>Ministry <i>of</i> Foreign Affairs</narrative></receiver-org></transaction>\n")
            + TAIL;
    Import i = convert(xml);
    assertEquals(
        "Ministry of Foreign Affairs",
        i.activities().get(0).transactions().get(0).receiver().orElseThrow().name().orElseThrow());
    assertEquals(
        OrganizationId.of("ministry-of-foreign-affairs"),
        i.conversion().network().flows().get(0).recipient());
    assertEquals(
        "test.xml:4 A REPORTED element inside receiver-org/narrative: <i> is not expected there; its text is read as part of receiver-org/narrative",
        i.entries().get(0));
  }

  @Test
  void aChildElementInAValueIsReportedAndTheFileGoesOn() {
    Import i =
        convert(
            HEAD
                + activity(
                    "A",
                    disbursement("2020-01-01", "12<b>3</b>"),
                    disbursement("2020-01-01", "300"))
                + TAIL);
    assertEquals(List.of("123 EUR", "300 EUR"), amounts(i.conversion()));
    assertEquals(
        "test.xml:4 A REPORTED element inside value: <b> is not expected there; its text is read as part of value",
        i.entries().get(0));
  }

  @Test
  void aNestedActivityIsReadAsItsOwnAndTheOuterOneKeepsEverything() {
    String xml =
        HEAD
            + " <iati-activity default-currency=\"EUR\"><iati-identifier>OUTER</iati-identifier>\n"
            + "  <reporting-org ref=\"NL-KVK-1\" type=\"21\"/>\n"
            + disbursement("2020-01-01", "100")
            + activity("INNER", disbursement("2020-01-01", "50"))
            + disbursement("2020-01-01", "300")
            + " </iati-activity>\n"
            + TAIL;
    Import i = convert(xml);
    assertEquals(
        List.of("INNER", "OUTER"),
        i.activities().stream().map(IatiActivity::identifier).collect(Collectors.toList()));
    assertEquals(2, i.activities().get(1).transactions().size());
    assertEquals(List.of("50 EUR", "100 EUR", "300 EUR"), amounts(i.conversion()));
    assertEquals(
        "test.xml:5 OUTER REPORTED iati-activity nested in another: read as an activity of its own; the outer activity \"OUTER\" (line 2)"
            + " keeps what it had and continues after it",
        i.entries().get(0));
  }

  @Test
  void aDuplicateIdentifierKeepsTheFirstActivityOnlySoNoFlowCountsTwice() {
    Import i =
        convert(
            HEAD
                + activity("A", disbursement("2020-01-01", "100"))
                + activity("A", disbursement("2020-01-01", "100"))
                + TAIL);
    assertEquals(2, i.activities().size());
    assertEquals(2, i.conversion().activities());
    assertEquals(List.of("100 EUR"), amounts(i.conversion()));
    assertEquals(
        "test.xml:4 A disbursement",
        i.conversion().network().flows().get(0).source().orElseThrow());
    assertEquals(
        List.of(
            "test.xml:6 A SKIPPED duplicate iati-identifier: first read at test.xml:2, which is kept; this activity is left out"),
        i.entries());
  }

  @Test
  void anUnknownCurrencyOrTransactionTypeOrRoleIsReported() {
    String xml =
        HEAD
            + " <iati-activity default-currency=\"XYZ\"><iati-identifier>A</iati-identifier><reporting-org ref=\"NL-KVK-1\" type=\"21\"/>\n"
            + "  <participating-org role=\"9\" ref=\"XM-DAC-7\" type=\"10\"/>\n"
            + disbursement("2020-01-01", "100")
            + "  <transaction><transaction-type code=\"99\"/><value>1</value></transaction>\n"
            + " </iati-activity>\n"
            + TAIL;
    Import i = convert(xml);
    assertEquals(Optional.empty(), i.activities().get(0).participatingOrgs().get(0).role());
    assertEquals(
        List.of(
            "test.xml:3 A SKIPPED participating-org role is not in the IATI codelist: 9",
            "test.xml:5 A SKIPPED transaction type is not in the IATI codelist: 99",
            "test.xml:4 A SKIPPED currency not ISO 4217: \"XYZ\"",
            "test.xml:5 A SKIPPED transaction without type: not a flow"),
        i.entries());
  }

  @Test
  void theConversionIsAnImmutableResultAndTheBuilderIsNotShared() {
    String xml =
        HEAD
            + activity("A", disbursement("2020-01-01", "100"))
            + activity("B", disbursement("2021-01-01", "200"))
            + TAIL;
    List<IatiActivity> acts = convert(xml).activities();
    IatiConversion.Builder b = IatiConversion.builder();
    b.accept(acts.get(0));
    IatiConversion first = b.build();
    b.accept(acts.get(1));
    IatiConversion both = b.build();
    assertEquals(
        1, first.network().flows().size(), "a result does not change when its builder goes on");
    assertEquals(2, both.network().flows().size());
    assertEquals(IatiConversion.of(acts).network(), both.network());
    assertTrue(both.links() instanceof ImmutableList);
    FundingFlow f = both.network().flows().get(0);
    assertThrows(UnsupportedOperationException.class, () -> both.network().flows().add(f));
  }

  @Test
  void aNullActivityIsNamed() {
    List<IatiActivity> acts = new ArrayList<>(convert(HEAD + activity("A") + TAIL).activities());
    acts.add(null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> IatiConversion.of(acts));
    assertEquals("activities[1]", e.getMessage());
  }

  @Test
  void codelistsRoundTripTheirCodes() {
    for (TransactionType t : TransactionType.values()) {
      assertEquals(Optional.of(t), TransactionType.fromCode(t.code()));
    }
    for (OrganisationRole r : OrganisationRole.values()) {
      assertEquals(Optional.of(r), OrganisationRole.fromCode(r.code()));
    }
    assertEquals(13, TransactionType.values().length);
    assertEquals(3, TransactionType.DISBURSEMENT.code());
    assertEquals(4, OrganisationRole.IMPLEMENTING.code());
    assertEquals(Optional.empty(), TransactionType.fromCode(0));
    assertEquals(Optional.empty(), TransactionType.fromCode(14));
    assertEquals(Optional.empty(), OrganisationRole.fromCode(5));
  }

  @Test
  void recordsRefuseNulls() {
    IatiOrgRef ref =
        new IatiOrgRef(
            Optional.of("XM-DAC-7"), Optional.empty(), Optional.empty(), Optional.empty());
    NullPointerTester t = new NullPointerTester().setDefault(IatiOrgRef.class, ref);
    for (Class<?> c :
        List.of(
            IatiActivity.class,
            IatiTransaction.class,
            IatiBudget.class,
            IatiOrgRef.class,
            ParticipatingOrg.class,
            ActivityLink.class,
            DataQualityReport.Entry.class)) {
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicStaticMethods(IatiConversion.class);
    t.testAllPublicInstanceMethods(IatiConversion.builder());
    t.testAllPublicStaticMethods(TransactionType.class);
  }
}
