package dev.partnership.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.examples.cli.PartnershipCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnership iati} on files and arguments an adversary would give it: names with terminal
 * control characters, directories that look like files, identifiers that are not identifiers.
 */
class IatiCommandAdversaryTest {

  static Run run(String... args) {
    return PartnershipCliTest.run(args);
  }

  /** The test file with the funder's and the last recipient's names made hostile. */
  static String hostile() {
    return PartnershipCliTest.IATI
        .replace(
            "<narrative>Ministry</narrative>",
            "<narrative>Mini&#x9b;31mstry&#xd;EVIL&#x9;X</narrative>")
        .replace("<narrative>Kenyan NGO</narrative>", "<narrative>Kenyan&#xa;NGO</narrative>");
  }

  @Test
  void controlCharactersInNamesFromAFileNeverReachTheTerminal(@TempDir Path dir)
      throws IOException {
    Path xml = dir.resolve("a.xml");
    Files.writeString(xml, hostile(), StandardCharsets.UTF_8);
    Run r = run("iati", xml.toString(), "--funder", "XM-DAC-7");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("\u009b"), r.out());
    assertFalse(r.out().contains("\r"), r.out());
    assertFalse(r.out().contains("\t"), r.out());
    assertTrue(r.out().contains("Funder: Mini 31mstry EVIL X (XM-DAC-7)"), r.out());
    assertTrue(r.out().contains(" -> Kenyan NGO (1 intermediary)"), r.out());
  }

  @Test
  void aDirectoryNamedLikeAnXmlFileInsideAGivenDirectoryIsSkipped(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.xml"), PartnershipCliTest.IATI, StandardCharsets.UTF_8);
    Files.createDirectory(dir.resolve("old.xml"));
    Run r = run("iati", dir.toString(), "--funder", "XM-DAC-7");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Read 2 activities from 1 file"), r.out());
  }

  @Test
  void aFunderThatIsNotAnIdentifierIsAUsageErrorNamingTheOption(@TempDir Path dir)
      throws IOException {
    Path xml = dir.resolve("a.xml");
    Files.writeString(xml, PartnershipCliTest.IATI, StandardCharsets.UTF_8);
    for (String funder : new String[] {"", "XM DAC 7", "NL-"}) {
      Run r = run("iati", xml.toString(), "--funder", funder);
      assertEquals(2, r.code(), funder + ": " + r.err());
      assertTrue(
          r.err().startsWith("--funder (" + funder + ") is not an organisation identifier: "),
          r.err());
    }
  }

  @Test
  void aHugeFunderIsQuotedBriefly(@TempDir Path dir) throws IOException {
    Path xml = dir.resolve("a.xml");
    Files.writeString(xml, PartnershipCliTest.IATI, StandardCharsets.UTF_8);
    Run r = run("iati", xml.toString(), "--funder", "X ".repeat(100_000));
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().lines().findFirst().orElseThrow().length() < 300, r.err());
  }

  // what held

  @Test
  void anEmptyDirectoryIsAUsageErrorAndAFileThatIsNotXmlARefusal(@TempDir Path dir)
      throws IOException {
    Run empty = run("iati", dir.toString(), "--funder", "XM-DAC-7");
    assertEquals(2, empty.code(), empty.err());
    assertTrue(empty.err().startsWith("No .xml file in [" + dir + "]"), empty.err());

    Path text = dir.resolve("notes.xml");
    Files.writeString(text, "just some notes, \u0000 not XML", StandardCharsets.UTF_8);
    Run notXml = run("iati", text.toString(), "--funder", "XM-DAC-7");
    assertEquals(1, notXml.code(), notXml.err());
    assertEquals(1, notXml.err().strip().lines().count(), notXml.err());
    assertTrue(notXml.err().startsWith("iati: notes.xml:1:"), notXml.err());
    assertFalse(notXml.err().contains("Exception"), notXml.err());
  }

  @Test
  void theProgressBarStaysWithinItsWidthWhenAFileGrowsWhileRead() {
    String bar = IatiCommand.progressBar(300, 100, 1, 1);
    assertTrue(bar.startsWith("\r[" + "#".repeat(30) + "] "), bar);
  }
}
