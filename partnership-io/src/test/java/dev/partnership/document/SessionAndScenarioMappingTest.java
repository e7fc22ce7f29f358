package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.participation.Assessment;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** PAT sessions and scenario steps in documents, by example: every field written, each refusal. */
class SessionAndScenarioMappingTest {
  static final String SESSION =
      String.join(
          "\n",
          "format: pat-session/1",
          "context: Annual reflection",
          "purpose: existing-partnership",
          "countries:",
          "  - KE",
          "date: 2026-03-31",
          "partnership: duo",
          "organizations:",
          "  - id: jass",
          "    name: JASS",
          "    type: regional-ngo",
          "    levels:",
          "      - regional",
          "  - id: crea",
          "    name: CREA",
          "    type: national-ngo",
          "    country: IN",
          "    levels:",
          "      - national",
          "decisions:",
          "  - name: Budget",
          "    area: resources-among-partners",
          "  - name: Strategy",
          "    area: agenda-and-strategy",
          "    description: the five-year plan",
          "actual:",
          "  - decision: Budget",
          "    organization: jass",
          "    level: consulted",
          "  - decision: Strategy",
          "    organization: jass",
          "    level: informed",
          "  - decision: Strategy",
          "    organization: crea",
          "    level: decides",
          "notScored:",
          "  - decision: Budget",
          "    organization: crea",
          "agreement:",
          "  - decision: Budget",
          "    agreement: no-agreement",
          "  - decision: Strategy",
          "    agreement: agree",
          "desired:",
          "  - decision: Budget",
          "    organization: jass",
          "    level: co-decides",
          "actions:",
          "  - what: Share the budget draft",
          "    decision: Budget",
          "    who: jass",
          "    byWhen: 2026-06-30",
          "comments:",
          "  - first session",
          "summary: Budget is where power sits",
          "derived: false",
          "");

  private static Assessment session(String yaml) {
    return PartnershipDocuments.readAssessment(new StringReader(yaml), "pat.yaml", Format.YAML);
  }

  @Test
  void aSessionWithEveryFieldIsWrittenBackByteForByte() {
    Assessment a = session(SESSION);
    assertEquals(SESSION, PartnershipDocuments.write(a, Format.YAML));
  }

  private static String sessionRefusal(String yaml) {
    return assertThrows(DocumentException.class, () -> session(yaml)).getMessage();
  }

  @Test
  void aBrokenSessionFieldSaysWhereAndWhichRule() {
    assertEquals(
        "pat.yaml:44:15: /agreement/2/decision (Strategy) has an agreement already",
        sessionRefusal(
            SESSION.replace(
                "    agreement: agree",
                "    agreement: agree\n  - decision: Strategy\n    agreement: no-agreement")));
    assertEquals(
        "pat.yaml:51:10: /actions/0/who (awid) must name a listed organization",
        sessionRefusal(SESSION.replace("    who: jass", "    who: awid")));
    assertEquals(
        "pat.yaml:38:19: /notScored/0/organization (awid) must name a listed organization",
        sessionRefusal(
            SESSION.replace(
                "notScored:\n  - decision: Budget\n    organization: crea",
                "notScored:\n  - decision: Budget\n    organization: awid")));
    assertEquals(
        "pat.yaml:33:5: /actual/2 scores a cell already scored",
        sessionRefusal(
            SESSION.replace(
                "    level: informed",
                "    level: informed\n  - decision: Strategy\n    organization: jass\n    level: 1")));
    assertEquals(
        "pat.yaml:3:10: /purpose (audit) must be one of existing-partnership, emerging-partnership, own-organisation-or-team, thought-experiment, other",
        sessionRefusal(SESSION.replace("purpose: existing-partnership", "purpose: audit")));
    assertEquals(
        "pat.yaml:56:10: /derived (no thanks) must be true or false, not a string",
        sessionRefusal(SESSION.replace("derived: false", "derived: no thanks")));
    assertEquals(
        "pat.yaml:52:13: /actions/0/byWhen (June) must be an ISO 8601 date such as 2026-03-31",
        sessionRefusal(SESSION.replace("byWhen: 2026-06-30", "byWhen: June")));
    assertEquals(
        "pat.yaml:43:16: /agreement/1/agreement (yes) must be one of agree, no-agreement, not-yet-discussed",
        sessionRefusal(SESSION.replace("    agreement: agree", "    agreement: yes")));
    assertEquals(
        "pat.yaml:50:15: /actions/0/decision (Budgets) must name a listed decision",
        sessionRefusal(
            SESSION.replace("    decision: Budget\n    who", "    decision: Budgets\n    who")));
  }

  static final String STEPS =
      String.join(
          "\n",
          "steps:",
          "  - date: 2022-01",
          "    label: everything",
          "    operators:",
          "      - {op: admit, membership: {organization: {id: GB-COH-3, name: Funder, type: foundation,"
              + " country: GB}, roles: [funder], since: 2022-01-01, provenance: {source: letter}}}",
          "      - {op: establish, body: {name: Board, type: board, rule: {kind: weighted-quota, quota:"
              + " 2, vetoHolders: [NL-KVK-1]}, seats: [{holder: NL-KVK-1, weight: 2}, {holder:"
              + " KE-NGC-2}]}}",
          "      - {op: changeRule, body: Board, rule: {kind: qualified-majority, threshold: 3/4,"
              + " minimumMembers: 2}}",
          "      - {op: addFlow, flow: {provider: GB-COH-3, recipient: NL-KVK-1, amount: '100', currency:"
              + " EUR, year: 2022, earmarking: 1}}",
          "      - {op: changeEarmarking, provider: GB-COH-3, recipient: NL-KVK-1, earmarking:"
              + " tightly-earmarked}",
          "      - {op: delegate, decision: {name: budget, area: resources-among-partners,"
              + " description: who gets what}, members: [KE-NGC-2], level: decides}",
          "      - {op: reserve, decision: budget, member: NL-KVK-1}",
          "      - {op: addRisk, risk: {id: R1, area: security, description: threats, likelihood:"
              + " likely, impact: major, bearer: KE-NGC-2}}",
          "      - {op: mitigate, risk: R1, mitigation: {description: Training, fundedBy: GB-COH-3}}",
          "      - {op: mitigate, risk: R1, mitigation: {description: Hotline}}",
          "      - {op: rateCivicSpace, country: KE, rating: obstructed}",
          "      - {op: addFlexibleBudgetLine, share: 1/10, whoMayMove: [KE-NGC-2]}",
          "      - {op: reweight, body: Board, holder: KE-NGC-2, weight: 3}",
          "");

  @Test
  void aStepOfEveryArgumentKindIsWrittenInBlockForm() {
    var s = PartnershipDocuments.readScenarioYaml(DocumentTest.scenario(STEPS));
    String yaml = PartnershipDocuments.write(s, Format.YAML);
    assertEquals(
        String.join(
            "\n",
            "steps:",
            "  - date: 2022-01",
            "    label: everything",
            "    operators:",
            "      - op: admit",
            "        membership:",
            "          organization:",
            "            id: GB-COH-3",
            "            name: Funder",
            "            type: foundation",
            "            country: GB",
            "            levels:",
            "              - national",
            "          roles:",
            "            - funder",
            "          since: 2022-01-01",
            "          involvedFromDesign: false",
            "          provenance:",
            "            source: letter",
            "      - op: establish",
            "        body:",
            "          name: Board",
            "          type: board",
            "          rule:",
            "            kind: weighted-quota",
            "            quota: 2",
            "            vetoHolders:",
            "              - NL-KVK-1",
            "          seats:",
            "            - holder: NL-KVK-1",
            "              weight: 2",
            "            - holder: KE-NGC-2",
            "              weight: 1",
            "      - op: changeRule",
            "        body: Board",
            "        rule:",
            "          kind: qualified-majority",
            "          threshold: 3/4",
            "          minimumMembers: 2",
            "      - op: addFlow",
            "        flow:",
            "          provider: GB-COH-3",
            "          recipient: NL-KVK-1",
            "          amount: \"100\"",
            "          currency: EUR",
            "          year: 2022",
            "          earmarking: unearmarked",
            "          multiYear: false",
            "      - op: changeEarmarking",
            "        provider: GB-COH-3",
            "        recipient: NL-KVK-1",
            "        earmarking: tightly-earmarked",
            "      - op: delegate",
            "        decision:",
            "          name: budget",
            "          area: resources-among-partners",
            "          description: who gets what",
            "        members:",
            "          - KE-NGC-2",
            "        level: decides",
            "      - op: reserve",
            "        decision: budget",
            "        member: NL-KVK-1",
            "      - op: addRisk",
            "        risk:",
            "          id: R1",
            "          area: security",
            "          description: threats",
            "          likelihood: likely",
            "          impact: major",
            "          bearer: KE-NGC-2",
            "      - op: mitigate",
            "        risk: R1",
            "        mitigation:",
            "          description: Training",
            "          fundedBy: GB-COH-3",
            "      - op: mitigate",
            "        risk: R1",
            "        mitigation:",
            "          description: Hotline",
            "      - op: rateCivicSpace",
            "        country: KE",
            "        rating: obstructed",
            "      - op: addFlexibleBudgetLine",
            "        share: 1/10",
            "        whoMayMove:",
            "          - KE-NGC-2",
            "      - op: reweight",
            "        body: Board",
            "        holder: KE-NGC-2",
            "        weight: 3",
            ""),
        yaml.substring(yaml.indexOf("steps:")));
    assertEquals(s, PartnershipDocuments.readScenarioYaml(yaml));
  }
}
