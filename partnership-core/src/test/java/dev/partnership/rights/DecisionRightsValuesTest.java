package dev.partnership.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facet's values: equality, null handling, invariants and readable text. */
class DecisionRightsValuesTest {
  static final Decision BUDGET =
      Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
  static final Decision MESSAGES = Decision.of("advocacy messages", DecisionArea.ADVOCACY_MESSAGES);
  static final OrganizationId ESA = OrganizationId.of("gppac-esa");
  static final OrganizationId WA = OrganizationId.of("gppac-wa");

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Decision.class, BUDGET)
        .setDefault(OrganizationId.class, ESA)
        .setDefault(ParticipationLevel.class, ParticipationLevel.DECIDES)
        .setDefault(DecisionRight.class, DecisionRight.of(MESSAGES))
        .setDefault(String.class, "ISG")
        .setDefault(Cell.class, Cell.of("budget allocation", ESA));
  }

  @Test
  void valuesAreEqualWhenTheirContentsAre() {
    new EqualsTester()
        .addEqualityGroup(
            DecisionRight.of(BUDGET), DecisionRight.builder().decision(BUDGET).build())
        .addEqualityGroup(DecisionRight.of(BUDGET, "ISG"), DecisionRight.of(BUDGET).withBody("ISG"))
        .addEqualityGroup(
            DecisionRight.of(BUDGET).withLevel(ESA, ParticipationLevel.DECIDES),
            DecisionRight.of(BUDGET)
                .withLevel(ESA, ParticipationLevel.INFORMED)
                .withLevel(ESA, ParticipationLevel.DECIDES))
        .addEqualityGroup(DecisionRight.of(MESSAGES))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DecisionRights.empty(), DecisionRights.of(), DecisionRights.builder().build())
        .addEqualityGroup(
            DecisionRights.of(DecisionRight.of(BUDGET)),
            DecisionRights.empty().with(DecisionRight.of(BUDGET)))
        .addEqualityGroup(DecisionRights.of(DecisionRight.of(BUDGET), DecisionRight.of(MESSAGES)))
        .addEqualityGroup(DecisionRights.of(DecisionRight.of(MESSAGES), DecisionRight.of(BUDGET)))
        .testEquals();
    Cell cell = Cell.of("budget allocation", ESA);
    new EqualsTester()
        .addEqualityGroup(
            new LevelComparison(cell, Optional.of(ParticipationLevel.CONSULTED), Optional.empty()),
            new LevelComparison(cell, Optional.of(ParticipationLevel.CONSULTED), Optional.empty()))
        .addEqualityGroup(
            new LevelComparison(cell, Optional.empty(), Optional.of(ParticipationLevel.CONSULTED)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Deciders.of(DecisionRight.of(BUDGET, "ISG")),
            new Deciders(BUDGET, Optional.of("ISG"), ImmutableMap.of()))
        .addEqualityGroup(Deciders.of(DecisionRight.of(BUDGET)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new MemberRight(BUDGET, Optional.empty(), Optional.of("ISG"), true),
            new MemberRight(BUDGET, Optional.empty(), Optional.of("ISG"), true))
        .addEqualityGroup(new MemberRight(BUDGET, Optional.empty(), Optional.of("ISG"), false))
        .testEquals();
  }

  @Test
  void everyPublicMethodNamesANullArgument() {
    NullPointerTester npt = tester();
    npt.testAllPublicStaticMethods(DecisionRight.class);
    npt.testAllPublicStaticMethods(DecisionRights.class);
    npt.testAllPublicStaticMethods(Deciders.class);
    npt.testAllPublicInstanceMethods(
        DecisionRight.of(BUDGET, "ISG").withLevel(ESA, ParticipationLevel.CO_DECIDES));
    npt.testAllPublicInstanceMethods(DecisionRights.of(DecisionRight.of(BUDGET)));
    npt.testAllPublicConstructors(MemberRight.class);
    npt.testAllPublicConstructors(Deciders.class);
    npt.testAllPublicConstructors(LevelComparison.class);
    npt.testAllPublicConstructors(RightsComparison.class);
  }

  @Test
  void nullsInsideCollectionsAreNamed() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> DecisionRights.of(DecisionRight.of(BUDGET), null));
    assertEquals("rights[1] must not be null", e.getMessage());
  }

  @Test
  void invariantsNameFieldValueAndRule() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DecisionRights.of(
                    DecisionRight.of(BUDGET),
                    DecisionRight.of(Decision.of("budget allocation", DecisionArea.GRANT_MAKING))));
    assertEquals(
        "decision rights (budget allocation) must name each decision once", twice.getMessage());
    IllegalArgumentException blankBody =
        assertThrows(IllegalArgumentException.class, () -> DecisionRight.of(BUDGET, " "));
    assertEquals(
        "decision budget allocation body (\" \") must not be blank", blankBody.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Decision.of("", DecisionArea.OTHER));
    IllegalArgumentException lowDecider =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Deciders(
                    BUDGET, Optional.empty(), ImmutableMap.of(ESA, ParticipationLevel.CONSULTED)));
    assertEquals(
        "members (gppac-esa=CONSULTED) must decide or co-decide (level 3 or 4)",
        lowDecider.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new MemberRight(BUDGET, Optional.empty(), Optional.empty(), true));
  }

  @Test
  void rightsReadAsText() {
    DecisionRight r =
        DecisionRight.of(BUDGET, "ISG")
            .withLevel(ESA, ParticipationLevel.DECIDES)
            .withLevel(WA, ParticipationLevel.CONSULTED);
    assertEquals(
        "budget allocation (RESOURCES_AMONG_PARTNERS): body ISG, levels {gppac-esa=DECIDES,"
            + " gppac-wa=CONSULTED}",
        r.toString());
    assertEquals(
        "budget allocation (RESOURCES_AMONG_PARTNERS): unassigned",
        DecisionRight.of(BUDGET).toString());
    assertEquals("budget allocation: body ISG; gppac-esa 4 decides", Deciders.of(r).toString());
    assertEquals(ImmutableList.of(ESA), r.deciders().asList());
    assertEquals(
        "budget allocation / gppac-wa: session 3 co-decides, formally 2 consulted (1 step more in"
            + " practice)",
        new LevelComparison(
                Cell.of("budget allocation", WA),
                Optional.of(ParticipationLevel.CO_DECIDES),
                Optional.of(ParticipationLevel.CONSULTED))
            .toString());
    assertEquals(
        "budget allocation / gppac-wa: session not scored, formally 2 consulted",
        new LevelComparison(
                Cell.of("budget allocation", WA),
                Optional.empty(),
                Optional.of(ParticipationLevel.CONSULTED))
            .toString());
  }

  @Test
  void withKeepsPositionsAndWithoutOrganizationKeepsDecisions() {
    DecisionRights rights =
        DecisionRights.of(
            DecisionRight.of(BUDGET).withLevel(ESA, ParticipationLevel.DECIDES),
            DecisionRight.of(MESSAGES, "ISG").withLevel(WA, ParticipationLevel.INFORMED));
    DecisionRights replaced = rights.with(DecisionRight.of(BUDGET, "Board"));
    assertEquals(ImmutableList.of("budget allocation", "advocacy messages"), replaced.names());
    assertEquals(Optional.of("Board"), replaced.right("budget allocation").orElseThrow().body());
    DecisionRights without = rights.withoutOrganization(ESA);
    assertTrue(without.right("budget allocation").orElseThrow().isUnassigned());
    assertEquals(rights.right("advocacy messages"), without.right("advocacy messages"));
    assertEquals(ImmutableList.of("advocacy messages"), rights.decisionsTakenBy("ISG"));
    assertEquals(rights, rights.without("strategy"));
    assertFalse(rights.without("budget allocation").right("budget allocation").isPresent());
  }

  @Test
  void largeFacetsStayFast() {
    DecisionRights.Builder b = DecisionRights.builder();
    DecisionRight.Builder wide = DecisionRight.builder().decision(BUDGET);
    for (int i = 0; i < 20_000; i++) {
      b.addRight(DecisionRight.of(Decision.of("decision " + i, DecisionArea.OTHER)));
      wide.putLevel(OrganizationId.of("org-" + i), ParticipationLevel.CONSULTED);
    }
    DecisionRights many = b.build();
    assertEquals(20_000, many.rights().size());
    assertTrue(many.right("decision 19999").isPresent());
    assertEquals(20_000, wide.build().levels().size());
    assertEquals(0, wide.build().deciders().size());
  }
}
