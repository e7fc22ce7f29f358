package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnership.document.Format;
import dev.partnership.document.PartnershipDocuments;
import dev.partnership.scenario.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example scenario document is the GPPAC scenario of {@link GppacScenarioExample}. */
class GppacScenarioDocumentTest {
  private static final Path DOCUMENT = Path.of("documents", "gppac-scenario.yaml");

  @Test
  void theDocumentReadsAsTheExampleScenarioAndReplaysTheSame() {
    Scenario read = PartnershipDocuments.readScenario(DOCUMENT);
    Scenario expected = GppacScenarioExample.scenario();
    assertEquals(expected, read);
    assertEquals(expected.replay().table(), read.replay().table());
  }

  @Test
  void writingTheExampleAgainGivesTheDocumentWithoutItsComment() throws Exception {
    String written = PartnershipDocuments.write(GppacScenarioExample.scenario(), Format.YAML);
    String onDisk =
        java.nio.file.Files.readString(DOCUMENT)
            .lines()
            .filter(l -> !l.startsWith("#"))
            .map(l -> l + "\n")
            .reduce("", String::concat);
    assertEquals(written, onDisk);
  }
}
