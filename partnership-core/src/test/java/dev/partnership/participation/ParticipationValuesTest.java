package dev.partnership.participation;

import static dev.partnership.participation.Sessions.FUND;
import static dev.partnership.participation.Sessions.LEAD;
import static dev.partnership.participation.Sessions.LOCAL_A;
import static dev.partnership.participation.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values of the participation package refuse inconsistent contents and nulls. */
class ParticipationValuesTest {
  static final Cell FUND_A = Cell.of(FUND, LOCAL_A.id());

  @Test
  void anActionByAnOrganisationNotInTheSessionIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Assessment.builder()
                    .from(session())
                    .addAction(
                        Action.of(
                            "Open up",
                            FUND,
                            OrganizationId.of("outsider"),
                            LocalDate.of(2026, 9, 1)))
                    .build());
    assertEquals(
        "action (Open up) must be taken by a listed organisation, not outsider", e.getMessage());
  }

  @Test
  void anExclusiveDecisionSidelinesSomeoneElse() {
    ImmutableList<OrganizationId> locals = ImmutableList.of(LOCAL_A.id());
    assertEquals(FUND, new ExclusiveDecision(FUND, LEAD.id(), locals).decision());
    assertEquals(
        "sidelined ([] in Flexible fund) must name at least one organisation",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExclusiveDecision(FUND, LEAD.id(), ImmutableList.of()))
            .getMessage());
    assertEquals(
        "sidelined ([lead] in Flexible fund) must not hold the decider lead",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExclusiveDecision(FUND, LEAD.id(), ImmutableList.of(LEAD.id())))
            .getMessage());
  }

  @Test
  void computedResultsRefuseInconsistentContents() {
    assertEquals(
        "after (INFORMED in Flexible fund / local-a) must differ from the level before",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new LevelChange(
                        FUND_A, ParticipationLevel.INFORMED, ParticipationLevel.INFORMED))
            .getMessage());
    assertEquals(
        "international (5) must be a mean level in [0, 4]",
        assertThrows(
                IllegalArgumentException.class,
                () -> new LocalitySplit(Optional.empty(), Optional.of(Fraction.of(5))))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new LocalitySplit(Optional.of(Fraction.of(-1, 2)), Optional.empty()));
    LevelChange up =
        new LevelChange(FUND_A, ParticipationLevel.INFORMED, ParticipationLevel.CO_DECIDES);
    assertEquals(
        "fell (Flexible fund / local-a: INFORMED -> CO_DECIDES) must be a fall",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Progress(
                        ImmutableList.of(),
                        ImmutableList.of(up),
                        ImmutableList.of(),
                        ImmutableListMultimap.of()))
            .getMessage());
    Action elsewhere = Action.of("Share", "Other decision", LEAD.id(), LocalDate.of(2026, 1, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Progress(
                ImmutableList.of(up),
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableListMultimap.of(elsewhere, up)));
    Progress fine =
        new Progress(
            ImmutableList.of(up),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableListMultimap.of());
    assertEquals(
        ImmutableList.of(elsewhere), fine.actionsWithoutChange(ImmutableList.of(elsewhere)));
  }

  @Test
  void publicValuesRejectNulls() {
    LevelChange up =
        new LevelChange(FUND_A, ParticipationLevel.INFORMED, ParticipationLevel.CO_DECIDES);
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(OrganizationId.class, LEAD.id())
            .setDefault(ImmutableList.class, ImmutableList.of(LOCAL_A.id()))
            .setDefault(Cell.class, FUND_A)
            .setDefault(Optional.class, Optional.empty());
    npt.testAllPublicConstructors(ExclusiveDecision.class);
    npt.testAllPublicConstructors(LocalitySplit.class);
    npt.testAllPublicConstructors(LevelChange.class);
    npt.testAllPublicConstructors(Gap.class);
    npt.testAllPublicConstructors(Cell.class);
    new NullPointerTester()
        .setDefault(ImmutableList.class, ImmutableList.of(up))
        .setDefault(ImmutableListMultimap.class, ImmutableListMultimap.of())
        .testAllPublicConstructors(Progress.class);
  }

  @Test
  void generatedWithersAreSwitchedOff() {
    for (Class<?> generated :
        new Class<?>[] {
          ImmutableAssessment.class, ImmutableAction.class, ImmutableDecision.class
        }) {
      assertTrue(
          Arrays.stream(generated.getDeclaredMethods())
              .map(Method::getName)
              .noneMatch(
                  n ->
                      n.startsWith("with")
                          && !n.equals("withActual")
                          && !n.equals("withAgreement")),
          generated + " has generated withers nobody can reach");
    }
  }

  @Test
  void rulesNameANullArgument() {
    new NullPointerTester()
        .setDefault(Assessment.class, session())
        .setDefault(String.class, FUND)
        .testAllPublicStaticMethods(ParticipationRules.class);
    Set<OrganizationId> holders = new HashSet<>();
    holders.add(null);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ParticipationRules.exclusiveDecisions(session(), holders));
    assertEquals("powerHolders ([null]) must not hold null", e.getMessage());
  }
}
