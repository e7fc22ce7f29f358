package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.RuleSet;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.Role;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.RiskArea;
import dev.partnership.scenario.Scenario;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format's codelists, file names, sessions and null handling. */
class DocumentFormatTest {

  private static JsonNode schema() throws Exception {
    try (InputStream in =
        PartnershipDocuments.class.getResourceAsStream(PartnershipDocuments.SCHEMA_RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static List<String> words(Enum<?>[] values) {
    return Arrays.stream(values).map(In::word).toList();
  }

  private static List<String> schemaEnum(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theSchemasCodelistsAreTheModels() throws Exception {
    JsonNode defs = schema().get("$defs");
    assertEquals(
        words(OrganizationType.values()),
        schemaEnum(defs.at("/organization/properties/type/anyOf/0/enum")));
    assertEquals(
        words(OperatingLevel.values()),
        schemaEnum(defs.at("/organization/properties/levels/items/enum")));
    assertEquals(words(Role.values()), schemaEnum(defs.at("/member/properties/roles/items/enum")));
    assertEquals(words(RiskArea.values()), schemaEnum(defs.at("/risk/properties/area/enum")));
    assertEquals(
        words(ControlMechanism.values()),
        schemaEnum(defs.at("/practice/properties/controls/items/enum")));
    assertEquals(
        words(CivicSpace.values()),
        schemaEnum(defs.at("/partnership/properties/civicSpace/additionalProperties/enum")));
    assertEquals(words(ParticipationLevel.values()), schemaEnum(defs.at("/level/anyOf/0/enum")));
  }

  @Test
  void theFileNameSaysTheFormat() {
    assertEquals(Format.YAML, Format.ofFileName("team.yml"));
    assertEquals(Format.YAML, Format.ofFileName("TEAM.YAML"));
    assertEquals(Format.JSON, Format.ofFileName("a/b/team.json"));
    assertEquals(
        "file name (team.txt) must end in .yaml, .yml or .json to say its format",
        assertThrows(IllegalArgumentException.class, () -> Format.ofFileName("team.txt"))
            .getMessage());
  }

  static final String SESSION =
      String.join(
          "\n",
          "format: pat-session/1",
          "context: Annual reflection",
          "purpose: existing-partnership",
          "date: 2026-03-31",
          "organizations:",
          "  - {id: jass, name: JASS, type: regional-ngo}",
          "decisions:",
          "  - {name: Budget, area: resources-among-partners}",
          "actual:",
          "  - {decision: Budget, organization: jass, level: 2}",
          "agreement:",
          "  - {decision: Budget, agreement: agree}",
          "");

  @Test
  void aSessionAcceptsScoresAsWordsOrNumbers() {
    var a = PartnershipDocuments.readAssessment(new StringReader(SESSION), "pat.yaml", Format.YAML);
    assertEquals(ParticipationLevel.CONSULTED, a.actual().values().iterator().next());
    String yaml = PartnershipDocuments.write(a, Format.YAML);
    assertEquals("", Schemas.complaints(yaml, Format.YAML), yaml);
    assertEquals(
        a, PartnershipDocuments.readAssessment(new StringReader(yaml), "again", Format.YAML));
  }

  @Test
  void aBrokenSessionSaysWhere() {
    assertEquals(
        "pat.yaml:10:51: /actual/0/level (7) must be one of not-informed, informed, consulted,"
            + " co-decides, decides, or its code",
        sessionRefusal(SESSION.replace("level: 2", "level: 7")));
    assertEquals(
        "pat.yaml:10:16: /actual/0/decision (Budgets) must name a listed decision",
        sessionRefusal(
            SESSION.replace(
                "{decision: Budget, organization", "{decision: Budgets, organization")));
    assertEquals(
        "pat.yaml:1:9: /format (partnership/1) is a partnership document; expected pat-session/1",
        sessionRefusal(SESSION.replace("pat-session/1", "partnership/1")));
  }

  private static String sessionRefusal(String yaml) {
    return assertThrows(
            DocumentException.class,
            () ->
                PartnershipDocuments.readAssessment(
                    new StringReader(yaml), "pat.yaml", Format.YAML))
        .getMessage();
  }

  @Test
  void nullsAreRefusedByName() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RuleSet.class, Lessons.meetup())
            .setDefault(Partnership.class, PartnershipDocuments.readYaml(DocumentTest.DUO))
            .setDefault(
                Assessment.class,
                PartnershipDocuments.readAssessment(
                    new StringReader(SESSION), "pat.yaml", Format.YAML))
            .setDefault(
                Scenario.class,
                Scenario.start(PartnershipDocuments.readYaml(DocumentTest.DUO))
                    .then(
                        "2022-01", "x", PartnershipOperators.leave(OrganizationId.of("KE-NGC-2"))))
            .setDefault(Reader.class, new StringReader(""))
            .setDefault(Writer.class, new StringWriter())
            .setDefault(Path.class, Path.of("none.yaml"));
    tester.testAllPublicStaticMethods(PartnershipDocuments.class);
    new NullPointerTester().testAllPublicStaticMethods(Format.class);
  }
}
