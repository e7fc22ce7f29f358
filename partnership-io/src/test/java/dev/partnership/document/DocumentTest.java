package dev.partnership.document;

import static dev.partnership.model.GovernanceOperators.establish;
import static dev.partnership.model.GovernanceOperators.seat;
import static dev.partnership.model.PartnershipOperators.assignRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.Principle;
import dev.partnership.analysis.RiskRules;
import dev.partnership.analysis.RuleSet;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.StepNotApplicableException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents by example: a small partnership, then every broken and hostile document we refuse. */
class DocumentTest {

  static final String DUO =
      String.join(
          "\n",
          "format: partnership/1",
          "id: duo",
          "name: Duo",
          "form: bilateral",
          "members:",
          "  - organization: {id: NL-KVK-1, name: Lead, type: international-ngo, country: NL}",
          "    roles: [lead]",
          "  - organization: {id: KE-NGC-2, name: Partner, type: 24, country: KE}",
          "    roles: [implementing-partner]",
          "");

  private static final OrganizationId NL = OrganizationId.of("NL-KVK-1");
  private static final OrganizationId KE = OrganizationId.of("KE-NGC-2");

  private static String refusal(String yaml) {
    return assertThrows(DocumentException.class, () -> PartnershipDocuments.readYaml(yaml))
        .getMessage();
  }

  private static String refusalJson(String json) {
    return assertThrows(DocumentException.class, () -> PartnershipDocuments.readJson(json))
        .getMessage();
  }

  @Test
  void readsASmallPartnershipAndAcceptsIatiCodesForTypes() {
    Partnership p = PartnershipDocuments.readYaml(DUO);
    assertEquals(PartnershipForm.BILATERAL, p.form());
    assertEquals(
        OrganizationType.PARTNER_COUNTRY_BASED_NGO, p.members().get(1).organization().type());
    String yaml = PartnershipDocuments.write(p, Format.YAML);
    assertEquals(p, PartnershipDocuments.readYaml(yaml));
    assertEquals(
        yaml, PartnershipDocuments.write(PartnershipDocuments.readYaml(yaml), Format.YAML));
  }

  @Test
  void writtenYamlReadsLikeTheFormat() {
    String yaml = PartnershipDocuments.write(PartnershipDocuments.readYaml(DUO), Format.YAML);
    assertEquals(
        String.join(
            "\n",
            "format: partnership/1",
            "id: duo",
            "name: Duo",
            "form: bilateral",
            "members:",
            "  - organization:",
            "      id: NL-KVK-1",
            "      name: Lead",
            "      type: international-ngo",
            "      country: NL",
            "      levels:",
            "        - global",
            "    roles:",
            "      - lead",
            "    involvedFromDesign: false",
            "  - organization:",
            "      id: KE-NGC-2",
            "      name: Partner",
            "      type: partner-country-based-ngo",
            "      country: KE",
            "      levels:",
            "        - national",
            "    roles:",
            "      - implementing-partner",
            "    involvedFromDesign: false",
            ""),
        yaml);
  }

  @Test
  void aBadCountrySaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:8:68: /members/1/organization/country (ZZ) must be an ISO 3166-1 alpha-2 code"
            + " such as NL or KE",
        refusal(DUO.replace("country: KE", "country: ZZ")));
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PartnershipDocuments.readYaml(DUO.replace("country: KE", "country: ke")));
    assertEquals("/members/1/organization/country", e.pointer());
    assertEquals(8, e.line());
    assertEquals(68, e.column());
    assertEquals("<yaml>", e.source());
  }

  @Test
  void anUnknownFieldNamesTheNearestKnownField() {
    assertEquals(
        "<yaml>:7:12: /members/0/rolez is not a known field; did you mean roles?",
        refusal(DUO.replace("roles: [lead]", "rolez: [lead]")));
    assertEquals(
        "<yaml>:6:40: /members/0/organization/nmae is not a known field; did you mean name?",
        refusal(DUO.replace("name: Lead", "nmae: Lead")));
  }

  @Test
  void aBadCodelistValueListsTheAllowedOnes() {
    assertEquals(
        "<yaml>:4:7: /form (consortium) must be one of alliance-or-consortium,"
            + " network-with-secretariat, multistakeholder-platform, bilateral",
        refusal(DUO.replace("form: bilateral", "form: consortium")));
    assertEquals(
        "<yaml>:8:55: /members/1/organization/type (99) must be one of government,"
            + " local-government, other-public-sector, international-ngo, national-ngo,"
            + " regional-ngo, partner-country-based-ngo, public-private-partnership, multilateral,"
            + " foundation, private-sector, private-sector-in-provider-country,"
            + " private-sector-in-aid-recipient-country, private-sector-in-third-country,"
            + " academic-research, other, community-group, movement, unknown, or its code",
        refusal(DUO.replace("type: 24", "type: 99")));
  }

  @Test
  void aModelInvariantGivesTheModelsMessageAndThePointer() {
    assertEquals(
        "<yaml>:1:1: /: members (1 members) of a BILATERAL partnership must be exactly 2",
        refusal(
            DUO.replace(
                String.join(
                    "\n",
                    "  - organization: {id: KE-NGC-2, name: Partner, type: 24, country: KE}",
                    "    roles: [implementing-partner]",
                    ""),
                "")));
    assertEquals(
        "<yaml>:1:1: /: members (KE-NGC-2) must list each organisation once",
        refusal(DUO.replace("NL-KVK-1, name: Lead", "KE-NGC-2, name: Lead")));
  }

  @Test
  void missingAndMistypedFieldsAreNamed() {
    assertEquals("<yaml>:1:1: /name is required", refusal(DUO.replace("name: Duo\n", "")));
    assertEquals(
        "<yaml>:2:5: /id (7) must be a string, not a number",
        refusal(DUO.replace("id: duo", "id: 7")));
    assertEquals(
        "<yaml>:5:10: /members (none) must be a list, not a string",
        refusal("format: partnership/1\nid: a\nname: A\nform: bilateral\nmembers: none\n"));
    assertEquals(
        "<yaml>:1:1: / must be an object that starts with format: partnership/1",
        refusal("- a\n- b\n"));
  }

  @Test
  void theFormatVersionIsChecked() {
    assertEquals(
        "<yaml>:1:9: /format (partnership/2) is a newer version than this reader knows"
            + " (partnership/1); use a newer library",
        refusal(DUO.replace("partnership/1", "partnership/2")));
    assertEquals(
        "<yaml>:1:9: /format (pat-session/1) is a pat-session document; expected partnership/1",
        refusal(DUO.replace("partnership/1", "pat-session/1")));
    assertEquals(
        "<yaml>:1:1: /format is required: a document starts with format: partnership/1",
        refusal(DUO.replace("format: partnership/1\n", "")));
    assertEquals(
        "<yaml>:1:9: /format (kumu/3) must be partnership/1",
        refusal(DUO.replace("partnership/1", "kumu/3")));
  }

  @Test
  void hostileYamlIsRefused() {
    assertEquals(
        "<yaml>:1:4: /a uses YAML anchors (&x), which are not allowed",
        refusal("a: &x [1, 2]\nb: [*x, *x]\n"));
    assertEquals(
        "<yaml>:1:4: /a uses YAML tags (tag:yaml.org,2002:java.lang.ProcessBuild...), which are"
            + " not allowed",
        refusal("a: !!java.lang.ProcessBuilder [calc]\n"));
    assertEquals(
        "<yaml>:1:4: /a uses YAML tags (foo), which are not allowed", refusal("a: !foo x\n"));
    assertEquals(
        "<yaml>:6:80: /members/0/organization/country uses YAML tags (tag:yaml.org,2002:str),"
            + " which are not allowed",
        refusal(DUO.replace("country: NL", "country: !!str NL")));
    assertEquals(
        "<yaml>:3:7: /name uses YAML aliases (*duo), which are not allowed",
        refusal(DUO.replace("name: Duo", "name: *duo")));
    // a billion laughs: refused at its first anchor, before any alias is expanded
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*" + p + ",*" + p + ",*" + p + "]\n");
    }
    assertEquals(
        "<yaml>:1:4: /a uses YAML anchors (&a), which are not allowed", refusal(bomb.toString()));
  }

  @Test
  void deepNestingIsRefused() {
    assertEquals(
        "<json>:1:33: /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 is nested"
            + " too deep (more than 32 levels)",
        refusalJson("[".repeat(100_000)));
    assertEquals(
        "<yaml>:1:33: /0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0 is nested"
            + " too deep (more than 32 levels)",
        refusal("[".repeat(100_000)));
  }

  @Test
  void hugeNumbersAndStringsAreRefused() {
    assertEquals(
        "<json>:1:10: / has a number longer than 40 characters",
        refusalJson("{\"year\": " + "9".repeat(1000) + "}"));
    assertEquals(
        "<json>:1:10: / has a string longer than 10000 characters",
        refusalJson("{\"name\": \"" + "x".repeat(20_000) + "\"}"));
    assertEquals(
        "<yaml>:8:12: /members/0/since (1e999999999) must be an ISO 8601 date such as 2026-03-31",
        refusal(DUO.replace("    roles: [lead]", "    roles: [lead]\n    since: 1e999999999")));
  }

  @Test
  void hugeDocumentsAreRefused() {
    String padding = "# " + "x".repeat(1000) + "\n";
    String yaml = DUO + padding.repeat(17 * 1024);
    assertEquals("<yaml>:1:1: / is larger than 16777216 characters", refusal(yaml));
    String json = "[" + "1,".repeat(9 * 1024 * 1024) + "1]";
    assertEquals("<json>:1:1: / is larger than 16777216 characters", refusalJson(json));
  }

  @Test
  void hugeYamlStringsAreRefused() {
    assertEquals(
        "<yaml>:3:7: /name is a string longer than 10000 characters",
        refusal(DUO.replace("name: Duo", "name: " + "d".repeat(20_000))));
    assertEquals(
        "<yaml>:2:8: / is not well-formed: while scanning a simple key",
        refusal(DUO.replace("name: Duo", "d".repeat(20_000) + ": Duo")));
    assertEquals(
        "<yaml>:3:3: / has a field name longer than 10000 characters",
        refusal(DUO.replace("name: Duo", "? " + "d".repeat(20_000) + "\n: Duo")));
  }

  @Test
  void hugeAmountsAndYearsAreRefusedWithTheirRange() {
    String flows =
        DUO
            + String.join(
                "\n",
                "flows:",
                "  - {provider: NL-KVK-1, recipient: KE-NGC-2, amount: \"1e999999\", currency: EUR,"
                    + " year: 2025}",
                "");
    assertEquals(
        "<yaml>:11:55: /flows/0/amount: amount (1E+999999) must be below 10^100 in absolute value",
        refusal(flows));
    assertEquals(
        "<yaml>:11:82: /flows/0/year (99999999999999999999) must be a whole number in [1900, 2200]",
        refusal(
            flows.replace("1e999999", "10").replace("year: 2025", "year: 99999999999999999999")));
  }

  @Test
  void brokenSyntaxSaysWhere() {
    assertEquals(
        "<json>:1:6: / is not well-formed: Unexpected end-of-input within/between Object entries",
        refusalJson("{\"a\":"));
    assertEquals("<yaml>:1:1: / the document is empty", refusal(""));
    assertEquals(
        "<yaml>:3:1: / must be one document; more follows", refusal("format: x\n---\nb: 2\n"));
    assertEquals("<yaml>:2:1: /id is given twice", refusal("id: a\nid: b\n"));
  }

  @Test
  void ruleSetsAreSelectionsOfTheLibrarysRules() {
    RuleSet rules = Lessons.meetup().without("LESSON-02").with(RiskRules.UNMITIGATED);
    for (Format f : Format.values()) {
      String text = PartnershipDocuments.write(rules, f);
      assertEquals("", Schemas.complaints(text, f), text);
      assertEquals(rules, PartnershipDocuments.readRuleSet(new StringReader(text), "r", f));
    }
    Principle own = Principle.of("MINE-1", "Mine", "illustrative", "never", (p, d) -> null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PartnershipDocuments.write(RuleSet.of(List.of(own)), Format.YAML));
    assertEquals(
        "rule (MINE-1) is not one of the library's rules; a rule-set document can only select"
            + " those",
        e.getMessage());
    DocumentException d =
        assertThrows(
            DocumentException.class,
            () ->
                PartnershipDocuments.readRuleSet(
                    new StringReader("format: rule-set/1\nrules: [LESSON-01, LESSON-01]\n"),
                    "r.yaml",
                    Format.YAML));
    assertEquals("r.yaml:2:20: /rules/1 (LESSON-01) is selected twice", d.getMessage());
  }

  @Test
  void filesAreReadAndWrittenInTheFormatTheirNameSays(@TempDir Path dir) throws IOException {
    Partnership p = PartnershipDocuments.readYaml(DUO);
    Path json = dir.resolve("duo.json");
    PartnershipDocuments.write(p, json);
    assertEquals(p, PartnershipDocuments.read(json));
    Path yaml = dir.resolve("duo.yaml");
    PartnershipDocuments.write(p, yaml);
    assertEquals(p, PartnershipDocuments.read(yaml));
    Files.writeString(yaml, DUO.replace("country: KE", "country: ZZ"));
    assertEquals(
        "duo.yaml:8:68: /members/1/organization/country (ZZ) must be an ISO 3166-1 alpha-2 code"
            + " such as NL or KE",
        assertThrows(DocumentException.class, () -> PartnershipDocuments.read(yaml)).getMessage());
    assertThrows(
        UncheckedIOException.class, () -> PartnershipDocuments.read(dir.resolve("none.yaml")));
    assertThrows(
        IllegalArgumentException.class,
        () -> PartnershipDocuments.write(p, dir.resolve("duo.txt")));
  }

  /** Every YAML or JSON file in the repository that says it is one of our documents. */
  static List<Path> repositoryDocuments() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
          .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
          .filter(DocumentTest::saysItIsADocument)
          .toList();
    }
  }

  private static boolean saysItIsADocument(Path f) {
    try {
      String text = Files.readString(f);
      return text.matches(
          "(?s)\\s*\\{?\\s*\"?format\"?\\s*:\\s*\"?(partnership|pat-session|rule-set|scenario)/.*");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyDocumentInTheRepositoryFollowsTheSchemaAndReads() throws IOException {
    List<Path> documents = repositoryDocuments();
    assertEquals(false, documents.isEmpty(), "no documents found");
    for (Path f : documents) {
      String text = Files.readString(f);
      Format format = Format.ofFileName(f.toString());
      assertEquals("", Schemas.complaints(text, format), f.toString());
      if (text.startsWith("format: scenario/")) {
        PartnershipDocuments.readScenario(f);
      } else if (text.contains("pat-session/")) {
        PartnershipDocuments.readAssessment(f);
      } else if (text.contains("rule-set/")) {
        PartnershipDocuments.readRuleSet(f);
      } else {
        PartnershipDocuments.read(f);
      }
    }
  }

  // ---- scenarios -----------------------------------------------------------------------------

  /** A scenario document over {@link #DUO} (embedded as its start) with {@code steps}. */
  static String scenario(String steps) {
    return "format: scenario/1\nstart:\n"
        + DUO.lines().map(l -> "  " + l + "\n").collect(Collectors.joining())
        + steps;
  }

  /** One step on 2022-01 labelled "regions" with one operator written as a flow mapping. */
  private static String oneStep(String operator) {
    return scenario(
        "steps:\n  - date: 2022-01\n    label: regions\n    operators:\n      - "
            + operator
            + "\n");
  }

  private static String scenarioRefusal(String yaml) {
    return assertThrows(DocumentException.class, () -> PartnershipDocuments.readScenarioYaml(yaml))
        .getMessage();
  }

  @Test
  void readsAScenarioWhoseOperatorsAreData() {
    Scenario s =
        PartnershipDocuments.readScenarioYaml(
            scenario(
                String.join(
                    "\n",
                    "steps:",
                    "  - date: 2022-01",
                    "    label: the partner regrants too",
                    "    operators:",
                    "      - {op: assignRole, member: KE-NGC-2, role: regranter}",
                    "  - date: 2022-03-15",
                    "    label: a board of two",
                    "    operators:",
                    "      - op: establish",
                    "        body:",
                    "          name: Board",
                    "          type: board",
                    "          rule: {kind: simple-majority}",
                    "          seats: [{holder: NL-KVK-1}]",
                    "      - {op: seat, body: Board, holder: KE-NGC-2, weight: 2}",
                    "")));
    Partnership duo = PartnershipDocuments.readYaml(DUO);
    Scenario expected =
        Scenario.start(duo)
            .then("2022-01", "the partner regrants too", assignRole(KE, Role.REGRANTER))
            .then(
                "2022-03-15",
                "a board of two",
                establish(
                    GoverningBody.builder()
                        .name("Board")
                        .type(BodyType.BOARD)
                        .rule(DecisionRule.simpleMajority())
                        .addSeat(Seat.of(NL, 1))
                        .build()),
                seat("Board", KE, 2));
    assertEquals(expected, s);
    assertEquals(2, s.replay().end().requireBody("Board").seats().size());
    assertEquals(
        expected,
        PartnershipDocuments.readScenarioYaml(PartnershipDocuments.write(s, Format.YAML)));
  }

  @Test
  void anUnknownOperatorNamesTheNearestKnownOne() {
    assertEquals(
        "<yaml>:16:14: /steps/0/operators/0/op (reweigth) is not a known operator; did you mean"
            + " reweight?",
        scenarioRefusal(oneStep("{op: reweigth, body: Board, holder: NL-KVK-1, weight: 2}")));
    assertEquals(
        "<yaml>:16:14: /steps/0/operators/0/op (grantveto) is not a known operator; did you mean"
            + " grantVeto?",
        scenarioRefusal(oneStep("{op: grantveto, body: Board, holder: NL-KVK-1}")));
  }

  @Test
  void aMissingUnknownOrMistypedOperatorFieldNamesThePointerValueAndRule() {
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0/weight is required",
        scenarioRefusal(oneStep("{op: reweight, body: Board, holder: NL-KVK-1}")));
    assertEquals(
        "<yaml>:16:63: /steps/0/operators/0/wieght is not a known field; did you mean weight?",
        scenarioRefusal(oneStep("{op: reweight, body: Board, holder: NL-KVK-1, wieght: 2}")));
    assertEquals(
        "<yaml>:16:63: /steps/0/operators/0/weight (two) must be a whole number in"
            + " [-9223372036854775808, 9223372036854775807]",
        scenarioRefusal(oneStep("{op: reweight, body: Board, holder: NL-KVK-1, weight: two}")));
    assertEquals(
        "<yaml>:16:50: /steps/0/operators/0/role (boss) must be one of lead, funder, secretariat,"
            + " member, implementing-partner, local-group, lobby-partner, regranter, broker",
        scenarioRefusal(oneStep("{op: assignRole, member: KE-NGC-2, role: boss}")));
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0/op is required",
        scenarioRefusal(oneStep("{member: KE-NGC-2}")));
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0 (leave) must be an operator object such as {op: leave,"
            + " member: NL-KVK-1}",
        scenarioRefusal(oneStep("leave")));
  }

  @Test
  void argumentsTheFactoryRefusesAreReadingErrors() {
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0: decision (\" \") must not be blank",
        scenarioRefusal(
            oneStep("{op: delegate, decision: ' ', members: [NL-KVK-1], level: decides}")));
    assertEquals(
        "<yaml>:16:9: /steps/0/operators/0: members (NL-KVK-1) must list each organisation once",
        scenarioRefusal(
            oneStep(
                "{op: delegate, decision: budget, members: [NL-KVK-1, NL-KVK-1], level: decides}")));
    assertEquals(
        "<yaml>:16:29: /steps/0/operators/0/member: id (XX-NOPE-9) must start with an ISO 3166-1"
            + " country code or XI/XM, not XX",
        scenarioRefusal(oneStep("{op: leave, member: XX-NOPE-9}")));
  }

  @Test
  void aStepThatDoesNotApplyIsReadAndReportedByTheReplay() {
    Scenario s = PartnershipDocuments.readScenarioYaml(oneStep("{op: leave, member: GB-COH-9}"));
    assertEquals(1, s.size());
    StepNotApplicableException e = assertThrows(StepNotApplicableException.class, s::replay);
    assertEquals(
        "step 1 (2022-01 \"regions\") does not apply: leave(GB-COH-9): GB-COH-9 is not a member"
            + " of duo",
        e.getMessage());
  }

  @Test
  void brokenStepsSayWhere() {
    assertEquals(
        "<yaml>:13:11: /steps/0/date: date (2022-13) must be a real month (yyyy-MM) or day"
            + " (yyyy-MM-dd)",
        scenarioRefusal(oneStep("{op: leave, member: KE-NGC-2}").replace("2022-01", "2022-13")));
    assertEquals(
        "<yaml>:17:11: /steps/1/date (2022-01-15) must not come before the date of the step"
            + " before it (2022-02)",
        scenarioRefusal(
            scenario(
                "steps:\n  - date: 2022-02\n    label: one\n    operators:\n"
                    + "      - {op: leave, member: KE-NGC-2}\n"
                    + "  - date: 2022-01-15\n    label: two\n    operators:\n"
                    + "      - {op: leave, member: KE-NGC-2}\n")));
    assertEquals(
        "<yaml>:15:16: /steps/0/operators must list at least one operator",
        scenarioRefusal(
            scenario("steps:\n  - date: 2022-01\n    label: regions\n    operators: []\n")));
    assertEquals(
        "<yaml>:14:12: /steps/0/label ( ) must not be blank",
        scenarioRefusal(oneStep("{op: leave, member: KE-NGC-2}").replace("regions", "' '")));
  }

  @Test
  void scenarioFormatsAreChecked() {
    assertEquals(
        "<yaml>:1:9: /format (scenario/1) is a scenario document; expected partnership/1",
        refusal(scenario("steps: []\n")));
    assertEquals(
        "<yaml>:1:9: /format (partnership/1) is a partnership document; expected scenario/1",
        scenarioRefusal(DUO));
    assertEquals(
        "<yaml>:1:9: /format (scenario/2) is a newer version than this reader knows (scenario/1);"
            + " use a newer library",
        scenarioRefusal("format: scenario/2\n"));
    assertEquals(
        "<yaml>:2:17: /start/format (pat-session/1) is a pat-session document; expected"
            + " partnership/1",
        scenarioRefusal("format: scenario/1\nstart: {format: pat-session/1}\nsteps: []\n"));
  }

  @Test
  void aScenarioOfTwentyThousandStepsReadsWhole() {
    StringBuilder steps = new StringBuilder("steps:\n");
    for (int i = 0; i < 20_000; i++) {
      steps
          .append("  - {date: 2022-01, label: step ")
          .append(i)
          .append(", operators: [{op: leave, member: KE-NGC-2}]}\n");
    }
    Scenario s = PartnershipDocuments.readScenarioYaml(scenario(steps.toString()));
    assertEquals(20_000, s.size());
    assertEquals("step 19999", s.steps().get(19_999).label());
  }
}
