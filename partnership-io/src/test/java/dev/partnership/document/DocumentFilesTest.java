package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.RuleSet;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.participation.Assessment;
import dev.partnership.scenario.Scenario;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of document through a {@code Writer} and a file of each format, by example. */
class DocumentFilesTest {
  private static final Partnership DUO = PartnershipDocuments.readYaml(DocumentTest.DUO);
  private static final Assessment SESSION =
      PartnershipDocuments.readAssessment(
          new StringReader(SessionAndScenarioMappingTest.SESSION), "pat.yaml", Format.YAML);
  private static final RuleSet RULES = Lessons.meetup().without("LESSON-02");
  private static final Scenario SCENARIO =
      Scenario.start(DUO)
          .then(
              "2022-01",
              "the partner leaves",
              PartnershipOperators.leave(DUO.members().get(1).id()));

  @Test
  void aWriterGetsTheTextTheStringWriterGives() {
    for (Format f : Format.values()) {
      StringWriter a = new StringWriter();
      PartnershipDocuments.write(DUO, a, f);
      assertEquals(PartnershipDocuments.write(DUO, f), a.toString());
      StringWriter b = new StringWriter();
      PartnershipDocuments.write(SESSION, b, f);
      assertEquals(PartnershipDocuments.write(SESSION, f), b.toString());
      StringWriter c = new StringWriter();
      PartnershipDocuments.write(RULES, c, f);
      assertEquals(PartnershipDocuments.write(RULES, f), c.toString());
      StringWriter d = new StringWriter();
      PartnershipDocuments.write(SCENARIO, d, f);
      assertEquals(PartnershipDocuments.write(SCENARIO, f), d.toString());
    }
    assertTrue(
        PartnershipDocuments.write(SESSION, Format.YAML).startsWith("format: pat-session/1\n"));
    assertTrue(
        PartnershipDocuments.write(RULES, Format.JSON)
            .replaceAll("\\s", "")
            .startsWith("{\"format\":\"rule-set/1\""),
        PartnershipDocuments.write(RULES, Format.JSON));
  }

  @Test
  void filesOfEachFormatReadBackAsWritten(@TempDir Path dir) throws Exception {
    for (String ext : new String[] {"yaml", "yml", "json"}) {
      Path session = dir.resolve("session." + ext);
      PartnershipDocuments.write(SESSION, session);
      assertEquals(SESSION, PartnershipDocuments.readAssessment(session));
      Path rules = dir.resolve("rules." + ext);
      PartnershipDocuments.write(RULES, rules);
      assertEquals(RULES, PartnershipDocuments.readRuleSet(rules));
      Path scenario = dir.resolve("scenario." + ext);
      PartnershipDocuments.write(SCENARIO, scenario);
      assertEquals(SCENARIO, PartnershipDocuments.readScenario(scenario));
      assertEquals(
          PartnershipDocuments.write(SCENARIO, Format.ofFileName(scenario.toString())),
          Files.readString(scenario));
    }
  }

  @Test
  void aBrokenFileIsNamedByItsFileName(@TempDir Path dir) throws Exception {
    Path session = dir.resolve("team.yaml");
    Files.writeString(
        session,
        SessionAndScenarioMappingTest.SESSION.replace("purpose: existing-partnership\n", ""));
    assertEquals(
        "team.yaml:1:1: /purpose is required",
        assertThrows(DocumentException.class, () -> PartnershipDocuments.readAssessment(session))
            .getMessage());
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"format\": \"rule-set/1\", \"rules\": [\"LESSON-99\"]}");
    assertEquals(
        "rules.json:1:36: /rules/0 (LESSON-99) must be the id of one of the library's rules:"
            + " LESSON-01, LESSON-02, LESSON-03, LESSON-04, LESSON-05, LESSON-06, LESSON-07,"
            + " LESSON-08, LESSON-09, LESSON-10, LESSON-11, LESSON-12, RISK-UNMITIGATED,"
            + " RISK-TRANSFERRED, RISK-EXPOSED, RISK-SHIFT-UNMITIGATED",
        assertThrows(DocumentException.class, () -> PartnershipDocuments.readRuleSet(rules))
            .getMessage());
    Path scenario = dir.resolve("plan.yml");
    Files.writeString(scenario, "format: scenario/1\nsteps: []\n");
    assertEquals(
        "plan.yml:1:1: /start is required",
        assertThrows(DocumentException.class, () -> PartnershipDocuments.readScenario(scenario))
            .getMessage());
  }
}
