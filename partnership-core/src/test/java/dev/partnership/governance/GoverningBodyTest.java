package dev.partnership.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Power keyed by seat holder, and the refusals of bodies and rules. */
class GoverningBodyTest {
  private static final OrganizationId A = OrganizationId.of("alpha");
  private static final OrganizationId B = OrganizationId.of("beta");
  private static final OrganizationId C = OrganizationId.of("gamma");
  private static final OrganizationId D = OrganizationId.of("delta");

  private static GoverningBody board(DecisionRule rule) {
    return GoverningBody.of(
        "Board", BodyType.BOARD, rule, Seat.of(A, 8), Seat.of(B, 6), Seat.of(C, 4), Seat.of(D, 2));
  }

  @Test
  void powerIsKeyedBySeatHolderInSeatOrder() {
    GoverningBody b = board(DecisionRule.weightedQuota(12));
    ImmutableMap<OrganizationId, Fraction> power = b.power(PowerMeasure.BANZHAF);
    assertEquals(ImmutableList.of(A, B, C, D), power.keySet().asList());
    assertEquals(
        ImmutableList.of(
            Fraction.of(5, 12), Fraction.of(1, 4), Fraction.of(1, 4), Fraction.of(1, 12)),
        power.values().asList());
    for (PowerMeasure m : PowerMeasure.values()) {
      assertEquals(m.of(b.game()).values(), b.power(m).values().asList(), m.name());
    }
  }

  @Test
  void blockersAndDictatorAreSeatHolders() {
    assertEquals(ImmutableSet.of(A, B, C, D), board(DecisionRule.unanimity()).blockers());
    assertEquals(
        ImmutableSet.of(D), board(DecisionRule.weightedQuota(12).withVetoHolders(D)).blockers());
    assertEquals(Optional.empty(), board(DecisionRule.simpleMajority()).dictator());
    GoverningBody dictated =
        GoverningBody.of(
            "Board",
            BodyType.BOARD,
            DecisionRule.simpleMajority(),
            Seat.of(A, 5),
            Seat.of(B, 1),
            Seat.of(C, 1));
    assertEquals(Optional.of(A), dictated.dictator());
    assertEquals(ImmutableSet.of(A), dictated.blockers());
    assertEquals(ImmutableSet.of(A), dictated.holdersWithPower());
  }

  @Test
  void powerChangesBetweenTwoVersionsOfABody() {
    GoverningBody quota12 = board(DecisionRule.weightedQuota(12));
    // unanimity: everybody 1/4; A loses 1/6, B and C stay at 1/4, D gains 1/6
    assertEquals(
        List.of(
            new PowerChange(A, Fraction.of(5, 12), Fraction.of(1, 4)),
            new PowerChange(D, Fraction.of(1, 12), Fraction.of(1, 4))),
        PowerChange.between(quota12, board(DecisionRule.unanimity()), PowerMeasure.BANZHAF));
    assertEquals(List.of(), PowerChange.between(quota12, quota12, PowerMeasure.SHAPLEY_SHUBIK));
    // a holder who leaves goes to 0, after the holders of the new version
    GoverningBody withoutD =
        GoverningBody.of(
            "Board",
            BodyType.BOARD,
            DecisionRule.unanimity(),
            Seat.of(A, 8),
            Seat.of(B, 6),
            Seat.of(C, 4));
    assertEquals(
        List.of(
            new PowerChange(A, Fraction.of(1, 4), Fraction.of(1, 3)),
            new PowerChange(B, Fraction.of(1, 4), Fraction.of(1, 3)),
            new PowerChange(C, Fraction.of(1, 4), Fraction.of(1, 3)),
            new PowerChange(D, Fraction.of(1, 4), Fraction.ZERO)),
        PowerChange.between(
            board(DecisionRule.unanimity()), withoutD, PowerMeasure.SHAPLEY_SHUBIK));
  }

  @Test
  void overflowingSeatWeightsAreRefusedWithTheirField() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GoverningBody.of(
                    "Board",
                    BodyType.BOARD,
                    DecisionRule.simpleMajority(),
                    Seat.of(A, Long.MAX_VALUE),
                    Seat.of(B, 1)));
    assertEquals(
        "seats (beta x1) of body Board must keep the total weight at most 2^63 - 1",
        e.getMessage());
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(GoverningBody.class, board(DecisionRule.simpleMajority()))
            .setDefault(PowerMeasure.class, PowerMeasure.BANZHAF)
            .setDefault(OrganizationId.class, A);
    npt.testAllPublicStaticMethods(PowerChange.class);
    npt.testAllPublicInstanceMethods(board(DecisionRule.simpleMajority()));
    npt.testAllPublicStaticMethods(DecisionRule.class);
    npt.testAllPublicInstanceMethods(DecisionRule.simpleMajority());
    assertEquals(
        "holders ([alpha, null]) must not contain null",
        assertThrows(
                NullPointerException.class,
                () -> DecisionRule.simpleMajority().withVetoHolders(A, null))
            .getMessage());
  }
}
