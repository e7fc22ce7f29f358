package dev.partnership.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.model.Partnership;
import org.junit.jupiter.api.Test;

/**
 * The partnership document's mapping of each facet, by example: a document that holds every facet
 * is written back byte for byte, and a broken field of each facet is refused with its message.
 */
class FacetMappingTest {
  static final String FULL =
      String.join(
          "\n",
          "format: partnership/1",
          "id: trio",
          "name: Trio",
          "form: alliance-or-consortium",
          "countries:",
          "  - KE",
          "secretariat: NL-KVK-1",
          "members:",
          "  - organization:",
          "      id: NL-KVK-1",
          "      name: Lead",
          "      acronym: LD",
          "      type: international-ngo",
          "      country: NL",
          "      affiliation: Confederation",
          "      levels:",
          "        - global",
          "    roles:",
          "      - lead",
          "      - secretariat",
          "    since: 2020-01-01",
          "    involvedFromDesign: true",
          "    provenance:",
          "      source: charter",
          "      date: 2020-01-01",
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
          "  - organization:",
          "      id: GB-COH-3",
          "      name: Funder",
          "      type: foundation",
          "      country: GB",
          "      levels:",
          "        - national",
          "    roles:",
          "      - funder",
          "    involvedFromDesign: false",
          "bodies:",
          "  - name: Board",
          "    type: board",
          "    rule:",
          "      kind: qualified-majority",
          "      threshold: 2/3",
          "      vetoHolders:",
          "        - GB-COH-3",
          "      minimumMembers: 2",
          "    seats:",
          "      - holder: NL-KVK-1",
          "        weight: 2",
          "        provenance:",
          "          source: made up",
          "          illustrative: true",
          "      - holder: KE-NGC-2",
          "        weight: 1",
          "      - holder: GB-COH-3",
          "        weight: 1",
          "  - name: Assembly",
          "    type: assembly",
          "    rule:",
          "      kind: weighted-quota",
          "      quota: 3",
          "    seats:",
          "      - holder: NL-KVK-1",
          "        weight: 2",
          "      - holder: KE-NGC-2",
          "        weight: 2",
          "decisionRights:",
          "  - decision: budget",
          "    area: resources-among-partners",
          "    description: who gets what",
          "    body: Board",
          "    levels:",
          "      - organization: KE-NGC-2",
          "        level: consulted",
          "    provenance:",
          "      source: terms of reference",
          "flows:",
          "  - provider: GB-COH-3",
          "    recipient: NL-KVK-1",
          "    amount: \"1000.50\"",
          "    currency: EUR",
          "    year: 2024",
          "    date: 2024-02-01",
          "    earmarking: softly-earmarked",
          "    multiYear: true",
          "    humanitarian: false",
          "    source: grants.xml",
          "    provenance:",
          "      source: grant letter",
          "  - provider: NL-KVK-1",
          "    recipient: KE-NGC-2",
          "    amount: \"500\"",
          "    currency: USD",
          "    year: 2025",
          "    multiYear: false",
          "practice:",
          "  sharedValues:",
          "    definedOn: 2021-03-01",
          "    definedBy:",
          "      - NL-KVK-1",
          "      - KE-NGC-2",
          "  interests:",
          "    - organization: KE-NGC-2",
          "      interest: visibility",
          "      knownToOthers: true",
          "  design:",
          "    theoryOfChangeBy:",
          "      - KE-NGC-2",
          "    plansBy: []",
          "    strategyInformedBy:",
          "      - KE-NGC-2",
          "  learning:",
          "    - description: Reflection week",
          "      reflectsOnValues: true",
          "      cadenceMonths: 12",
          "      participants:",
          "        - NL-KVK-1",
          "  feedbackLoops:",
          "    - from:",
          "        - KE-NGC-2",
          "      to: NL-KVK-1",
          "      channel: survey",
          "      cadenceMonths: 6",
          "      actedOn: agenda changed",
          "  contextReviews:",
          "    cadenceMonths: 12",
          "    last: 2025-04-15",
          "    participants:",
          "      - KE-NGC-2",
          "  budgetFlexibility:",
          "    movableShare: 1/10",
          "    whoMayMove:",
          "      - KE-NGC-2",
          "    threshold: 5000 EUR",
          "  powerArrangement:",
          "    decidedBy:",
          "      - NL-KVK-1",
          "    decidedOn: 2024-05-01",
          "  civicSpace:",
          "    description: Protect activists",
          "    includesDigital: true",
          "  controls:",
          "    - earmarking",
          "  trusts:",
          "    - multi-year-funding",
          "  controlProvenance:",
          "    earmarking:",
          "      source: grant letter",
          "  trustProvenance:",
          "    multi-year-funding:",
          "      source: grant letter",
          "risks:",
          "  - id: R1",
          "    area: security",
          "    description: Staff threatened",
          "    likelihood: likely",
          "    impact: severe",
          "    bearer: KE-NGC-2",
          "    owner: NL-KVK-1",
          "    mitigations:",
          "      - description: Training",
          "        fundedBy: GB-COH-3",
          "      - description: Hotline",
          "    origin: register 2024",
          "    provenance:",
          "      source: risk register",
          "civicSpace:",
          "  KE: obstructed",
          "civicSpaceProvenance:",
          "  KE:",
          "    source: CIVICUS Monitor",
          "    date: 2024-12-01",
          "powerMap:",
          "  - holder: GB-COH-3",
          "    overActor: NL-KVK-1",
          "    form: visible",
          "    space: invited",
          "    level: global",
          "    expression: power-over",
          "    source: workshop",
          "    date: 2025-01-01",
          "    confidence: medium",
          "  - holder: KE-NGC-2",
          "    overIssue: the agenda",
          "    form: hidden",
          "    space: claimed",
          "    level: national",
          "    expression: power-with",
          "    source: workshop",
          "    date: 2025-01-01",
          "    confidence: low",
          "    illustrative: true",
          "");

  private static String refusal(String yaml) {
    return assertThrows(DocumentException.class, () -> PartnershipDocuments.readYaml(yaml))
        .getMessage();
  }

  @Test
  void aDocumentWithEveryFacetIsWrittenBackByteForByte() {
    Partnership p = PartnershipDocuments.readYaml(FULL);
    assertEquals(FULL, PartnershipDocuments.write(p, Format.YAML));
  }

  /** The duo with every practice fact, each with its provenance (the full document has none). */
  static final String SOURCED_PRACTICE =
      DocumentTest.DUO
              .replace(
                  "  - organization: {id: NL-KVK-1, name: Lead, type: international-ngo, country: NL}",
                  String.join(
                      "\n",
                      "  - organization:",
                      "      id: NL-KVK-1",
                      "      name: Lead",
                      "      type: international-ngo",
                      "      country: NL",
                      "      levels:",
                      "        - global"))
              .replace(
                  "    roles: [lead]", "    roles:\n      - lead\n    involvedFromDesign: false")
              .replace(
                  "  - organization: {id: KE-NGC-2, name: Partner, type: 24, country: KE}",
                  String.join(
                      "\n",
                      "  - organization:",
                      "      id: KE-NGC-2",
                      "      name: Partner",
                      "      type: partner-country-based-ngo",
                      "      country: KE",
                      "      levels:",
                      "        - national"))
              .replace(
                  "    roles: [implementing-partner]",
                  "    roles:\n      - implementing-partner\n    involvedFromDesign: false")
          + String.join(
              "\n",
              "practice:",
              "  sharedValues:",
              "    definedOn: 2021-03-01",
              "    definedBy:",
              "      - NL-KVK-1",
              "    provenance:",
              "      source: charter",
              "  interests:",
              "    - organization: KE-NGC-2",
              "      interest: visibility",
              "      knownToOthers: false",
              "      provenance:",
              "        source: interview",
              "        date: 2024-01-01",
              "  design:",
              "    theoryOfChangeBy: []",
              "    plansBy:",
              "      - KE-NGC-2",
              "    strategyInformedBy: []",
              "    provenance:",
              "      source: plan",
              "  learning:",
              "    - description: Retreat",
              "      reflectsOnValues: false",
              "      cadenceMonths: 24",
              "      participants: []",
              "      provenance:",
              "        source: made up",
              "        illustrative: true",
              "  feedbackLoops:",
              "    - from:",
              "        - KE-NGC-2",
              "      to: NL-KVK-1",
              "      channel: survey",
              "      cadenceMonths: 6",
              "      provenance:",
              "        source: survey report",
              "  contextReviews:",
              "    cadenceMonths: 12",
              "    last: 2025-04-15",
              "    participants: []",
              "    provenance:",
              "      source: minutes",
              "  budgetFlexibility:",
              "    movableShare: 0/1",
              "    whoMayMove: []",
              "    provenance:",
              "      source: grant letter",
              "  powerArrangement:",
              "    decidedBy:",
              "      - KE-NGC-2",
              "    decidedOn: 2024-05-01",
              "    provenance:",
              "      source: minutes",
              "  civicSpace:",
              "    description: Protect activists",
              "    includesDigital: false",
              "    provenance:",
              "      source: strategy",
              "");

  @Test
  void everyPracticeFactIsWrittenWithItsProvenance() {
    Partnership p = PartnershipDocuments.readYaml(SOURCED_PRACTICE);
    assertEquals(SOURCED_PRACTICE, PartnershipDocuments.write(p, Format.YAML));
  }

  @Test
  void aBrokenBodyOrDecisionRuleSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:51:18: /bodies/0/rule/threshold (2/3) is only for a qualified-majority rule",
        refusal(
            FULL.replace(
                "kind: qualified-majority\n      threshold: 2/3",
                "kind: simple-majority\n      threshold: 2/3")));
    assertEquals(
        "<yaml>:50:7: /bodies/0/rule needs a threshold such as 2/3 for a qualified-majority rule",
        refusal(FULL.replace("      threshold: 2/3\n", "")));
    assertEquals(
        "<yaml>:51:18: /bodies/0/rule/threshold (two thirds) must be a fraction such as 2/3",
        refusal(FULL.replace("      threshold: 2/3\n", "      threshold: two thirds\n")));
    assertEquals(
        "<yaml>:51:18: /bodies/0/rule/threshold: threshold (3/2) must be in (0, 1]",
        refusal(FULL.replace("      threshold: 2/3\n", "      threshold: 3/2\n")));
    assertEquals(
        "<yaml>:68:7: /bodies/1/rule needs a quota for a weighted-quota rule",
        refusal(FULL.replace("      quota: 3\n", "")));
    assertEquals(
        "<yaml>:69:14: /bodies/1/rule/quota (3) is only for a weighted-quota rule",
        refusal(
            FULL.replace(
                "      kind: weighted-quota\n      quota: 3",
                "      kind: consent\n      quota: 3")));
    assertEquals(
        "<yaml>:69:14: /bodies/1/rule/quota (0) must be a whole number in [1, 9223372036854775807]",
        refusal(FULL.replace("      quota: 3\n", "      quota: 0\n")));
    assertEquals(
        "<yaml>:54:23: /bodies/0/rule/minimumMembers (0) must be a whole number in [1, 2147483647]",
        refusal(FULL.replace("      minimumMembers: 2", "      minimumMembers: 0")));
    assertEquals(
        "<yaml>:47:5: /bodies/0: veto holder (ZA-NPO-9) of body Board must hold a seat",
        refusal(
            FULL.replace(
                "        - GB-COH-3\n      minimumMembers",
                "        - ZA-NPO-9\n      minimumMembers")));
    assertEquals(
        "<yaml>:62:17: /bodies/0/seats/1/weight (-1) must be a whole number in [0, 9223372036854775807]",
        refusal(
            FULL.replace(
                "      - holder: KE-NGC-2\n        weight: 1",
                "      - holder: KE-NGC-2\n        weight: -1")));
    assertEquals(
        "<yaml>:48:11: /bodies/0/type (council) must be one of steering-committee, board, assembly, grant-committee, other",
        refusal(FULL.replace("    type: board", "    type: council")));
  }

  @Test
  void aBrokenDecisionRightSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:82:16: /decisionRights/0/levels/0/level (decider) must be one of not-informed, informed, consulted, co-decides, decides, or its code",
        refusal(FULL.replace("        level: consulted", "        level: decider")));
    assertEquals(
        "<yaml>:82:16: /decisionRights/0/levels/0/level (5) must be one of not-informed, informed, consulted, co-decides, decides, or its code",
        refusal(FULL.replace("        level: consulted", "        level: 5")));
    assertEquals(
        "<yaml>:1:1: /: decision budget body (Nowhere) is not a governing body of trio; bodies are [Board, Assembly]",
        refusal(FULL.replace("    body: Board\n", "    body: Nowhere\n")));
    assertEquals(
        "<yaml>:83:23: /decisionRights/0/levels/1/organization (KE-NGC-2) has a level already",
        refusal(
            FULL.replace(
                "      - organization: KE-NGC-2\n        level: consulted",
                "      - organization: KE-NGC-2\n        level: consulted\n      - organization: KE-NGC-2\n        level: 3")));
    assertEquals(
        "<yaml>:77:11: /decisionRights/0/area (budget) must be one of agenda-and-strategy, resources-among-countries, resources-among-partners, resources-to-projects, partner-selection, advocacy-messages, monitoring-evaluation-reporting, membership-and-governance, grant-making, crisis-response, other",
        refusal(FULL.replace("    area: resources-among-partners", "    area: budget")));
  }

  @Test
  void aBrokenFlowSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:88:13: /flows/0/amount (true) must be a decimal amount such as \"1250000.00\"",
        refusal(FULL.replace("    amount: \"1000.50\"", "    amount: true")));
    assertEquals(
        "<yaml>:89:15: /flows/0/currency: currency (EURO) must be an ISO 4217 code such as EUR or USD",
        refusal(FULL.replace("    currency: EUR", "    currency: EURO")));
    assertEquals(
        "<yaml>:92:17: /flows/0/earmarking (9) must be one of unearmarked, softly-earmarked, earmarked, tightly-earmarked, or its code",
        refusal(FULL.replace("    earmarking: softly-earmarked", "    earmarking: 9")));
    assertEquals(
        "<yaml>:91:11: /flows/0/date (2024-02-30) must be an ISO 8601 date such as 2026-03-31",
        refusal(FULL.replace("    date: 2024-02-01", "    date: 2024-02-30")));
    assertEquals(
        "<yaml>:93:16: /flows/0/multiYear (yes please) must be true or false, not a string",
        refusal(FULL.replace("    multiYear: true", "    multiYear: yes please")));
    assertEquals(
        "<yaml>:1:1: /: flows[1].recipient (ZA-NPO-9) must be a member",
        refusal(FULL.replace("    recipient: KE-NGC-2", "    recipient: ZA-NPO-9")));
  }

  @Test
  void aBrokenPracticeFactSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:114:21: /practice/interests/1/organization (KE-NGC-2) has a declared interest already",
        refusal(
            FULL.replace(
                "      interest: visibility\n      knownToOthers: true",
                "      interest: visibility\n      knownToOthers: true\n    - organization: KE-NGC-2\n      interest: funding\n      knownToOthers: false")));
    assertEquals(
        "<yaml>:139:19: /practice/budgetFlexibility/movableShare (ten percent) must be a fraction such as 1/10",
        refusal(FULL.replace("    movableShare: 1/10", "    movableShare: ten percent")));
    assertEquals(
        "<yaml>:139:5: /practice/budgetFlexibility: movable share (11/10) must be in [0, 1]",
        refusal(FULL.replace("    movableShare: 1/10", "    movableShare: 11/10")));
    assertEquals(
        "<yaml>:154:22: /practice/controlProvenance (grant letter) must be an object from a key to a provenance",
        refusal(
            FULL.replace(
                "  controlProvenance:\n    earmarking:\n      source: grant letter",
                "  controlProvenance: grant letter")));
    assertEquals(
        "<yaml>:156:7: /practice/controlProvenance/audits (audits) has a provenance but is not in controls, which lists [earmarking]",
        refusal(
            FULL.replace(
                "  controlProvenance:\n    earmarking:", "  controlProvenance:\n    audits:")));
    assertEquals(
        "<yaml>:156:7: /practice/controlProvenance/multi-year-funding (multi-year-funding) must be one of earmarking, short-term-grants, prior-approval, frequent-reporting, detailed-reporting, audits, spending-thresholds",
        refusal(
            FULL.replace(
                "  controlProvenance:\n    earmarking:",
                "  controlProvenance:\n    multi-year-funding:")));
    assertEquals(
        "<yaml>:153:7: /practice/trusts/0 (trust) must be one of unearmarked-funding, multi-year-funding, delegated-authority, simplified-reporting, joint-risk-assessment, support-beyond-money",
        refusal(FULL.replace("  trusts:\n    - multi-year-funding", "  trusts:\n    - trust")));
    assertEquals(
        "<yaml>:151:7: /practice/knownAbsent/0 (feedback) must be one of shared-values, declared-interests, programme-design, joint-learning, feedback-loops, context-reviews, budget-flexibility, power-arrangement, civic-space",
        refusal(FULL.replace("  controls:\n", "  knownAbsent:\n    - feedback\n  controls:\n")));
    assertEquals(
        "<yaml>:1:1: /: practice (ZA-NPO-9) must name members only",
        refusal(
            FULL.replace("    decidedBy:\n      - NL-KVK-1", "    decidedBy:\n      - ZA-NPO-9")));
    assertEquals(
        "<yaml>:127:7: /practice/feedbackLoops/0: channel (\"\") must not be blank",
        refusal(FULL.replace("      channel: survey", "      channel: \"\"")));
    assertEquals(
        "<yaml>:149:22: /practice/civicSpace/includesDigital (true) must be true or false, not a string",
        refusal(FULL.replace("    includesDigital: true", "    includesDigital: \"true\"")));
  }

  @Test
  void aBrokenRiskOrCivicSpaceRatingSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:164:17: /risks/0/likelihood (often) must be one of rare, unlikely, possible, likely, almost-certain",
        refusal(FULL.replace("    likelihood: likely", "    likelihood: often")));
    assertEquals(
        "<yaml>:1:1: /: risk R1 mitigation funder (ZA-NPO-9) must be a member",
        refusal(FULL.replace("        fundedBy: GB-COH-3", "        fundedBy: ZA-NPO-9")));
    assertEquals(
        "<yaml>:168:14: /risks/0/bearer2 is not a known field; did you mean bearer?",
        refusal(FULL.replace("    owner: NL-KVK-1\n", "    owner: NL-KVK-1\n    bearer2: x\n")));
    assertEquals(
        "<yaml>:161:5: /risks/0: risk id (\" \") must not be blank",
        refusal(FULL.replace("  - id: R1", "  - id: \" \"")));
    assertEquals(
        "<yaml>:175:13: /civicSpace must be an object from country code to civic space",
        refusal(FULL.replace("civicSpace:\n  KE: obstructed", "civicSpace: [KE]")));
    assertEquals(
        "<yaml>:176:7: /civicSpace/KE (open-ish) must be one of open, narrowed, obstructed, repressed, closed",
        refusal(FULL.replace("civicSpace:\n  KE: obstructed", "civicSpace:\n  KE: open-ish")));
    assertEquals(
        "<yaml>:176:8: /civicSpace/KEN (KEN) must be an ISO 3166-1 alpha-2 code such as NL or KE",
        refusal(FULL.replace("civicSpace:\n  KE: obstructed", "civicSpace:\n  KEN: obstructed")));
    assertEquals(
        "<yaml>:179:5: /civicSpaceProvenance/UG (UG) has a provenance but is not in civicSpace, which lists [KE]",
        refusal(FULL.replace("civicSpaceProvenance:\n  KE:", "civicSpaceProvenance:\n  UG:")));
  }

  @Test
  void aBrokenPowerRelationProvenanceOrTopLevelFieldSaysWhereAndWhichRule() {
    assertEquals(
        "<yaml>:182:5: /powerMap/0/source is required",
        refusal(
            FULL.replace(
                "    source: workshop\n    date: 2025-01-01\n    confidence: medium",
                "    date: 2025-01-01\n    confidence: medium")));
    assertEquals(
        "<yaml>:199:17: /powerMap/1/confidence (none) must be one of low, medium, high",
        refusal(FULL.replace("    confidence: low", "    confidence: none")));
    assertEquals(
        "<yaml>:191:5: /powerMap/1: subject (none) must be exactly one of an actor or an issue",
        refusal(FULL.replace("    overIssue: the agenda\n", "")));
    assertEquals(
        "<yaml>:60:25: /bodies/0/seats/0/provenance/illustrative (1) must be true or false, not a number",
        refusal(FULL.replace("    illustrative: true\n", "    illustrative: 1\n")));
    assertEquals(
        "<yaml>:1:1: /: secretariat (KE-NGC-2) must hold the role SECRETARIAT",
        refusal(FULL.replace("secretariat: NL-KVK-1", "secretariat: KE-NGC-2")));
    assertEquals(
        "<yaml>:6:5: /countries/0 (Kenya) must be an ISO 3166-1 alpha-2 code such as NL or KE",
        refusal(FULL.replace("countries:\n  - KE", "countries:\n  - Kenya")));
  }
}
