package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.PowerShift.Change;
import dev.partnership.analysis.PowerShift.Movement;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.Money;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.Role;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.DecisionRights;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@link PowerShift}, over generated partnerships (every facet, flows in several
 * currencies) and generated operator sequences: equal states give an empty shift; shifts compose
 * exactly; a step and its inverse net to nothing; per-organisation changes agree with a plain
 * reference computed from the partnerships and sum to the measures' totals.
 */
class PowerShiftProperties {

  private static final List<String> CURRENCIES = List.of("EUR", "USD", "KES", "JPY");

  /** Partnerships with every facet, plus flows of varied amounts, currencies and earmarking. */
  static Gen<Partnership> partnerships() {
    return ModelGenerators.partnershipsWithFacets()
        .zip(longs().all(), PowerShiftProperties::moreFlows);
  }

  static Partnership moreFlows(Partnership p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    p = withRights(p, r);
    if (p.members().size() < 2) {
      return p;
    }
    Partnership.Builder b = Partnership.builder().from(p);
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      OrganizationId from = p.members().get(r.nextInt(p.members().size())).id();
      OrganizationId to = p.members().get(r.nextInt(p.members().size())).id();
      if (from.equals(to)) {
        continue;
      }
      String amount =
          r.nextInt(8) == 0
              ? "9".repeat(Money.MAX_INTEGER_DIGITS) + "." + "9".repeat(Money.MAX_DECIMALS)
              : (r.nextBoolean() ? "-" : "") + r.nextInt(1_000_000) + "." + r.nextInt(100);
      FundingFlow.Builder f =
          FundingFlow.builder()
              .provider(from)
              .recipient(to)
              .amount(Money.of(amount, CURRENCIES.get(r.nextInt(CURRENCIES.size()))))
              .year(2020 + r.nextInt(6));
      if (r.nextBoolean()) {
        f.earmarking(Earmarking.values()[r.nextInt(Earmarking.values().length)]);
      }
      b.addFlow(f.build());
    }
    return b.build();
  }

  private static final List<String> DECISIONS =
      List.of("budget allocation", "strategy", "new members");

  /** Adds up to three decisions, each with some members' PAT levels and sometimes a body. */
  static Partnership withRights(Partnership p, SplittableRandom r) {
    DecisionRights.Builder rights = DecisionRights.builder();
    for (String name : DECISIONS) {
      if (r.nextBoolean()) {
        continue;
      }
      DecisionRight right =
          DecisionRight.of(
              Decision.of(name, DecisionArea.values()[r.nextInt(DecisionArea.values().length)]));
      if (!p.bodies().isEmpty() && r.nextBoolean()) {
        right = right.withBody(p.bodies().get(r.nextInt(p.bodies().size())).name());
      }
      for (Membership m : p.members()) {
        if (r.nextBoolean()) {
          right = right.withLevel(m.id(), ParticipationLevel.values()[r.nextInt(5)]);
        }
      }
      rights.addRight(right);
    }
    return Partnership.builder().from(p).decisionRights(rights.build()).build();
  }

  /** Returns the states reached from {@code start} by the drawn operators that apply. */
  static List<Partnership> walk(Partnership start, List<Organization> outsiders, List<Long> seeds) {
    List<Partnership> states = new java.util.ArrayList<>();
    states.add(start);
    Partnership p = start;
    for (int i = 0; i < seeds.size(); i++) {
      PartnershipOperator op = ModelGenerators.operator(p, outsiders.get(i), seeds.get(i));
      if (op.isApplicableTo(p)) {
        p = p.with(op);
        states.add(p);
      }
    }
    return states;
  }

  @Test
  void theShiftBetweenEqualStatesIsEmpty() {
    qt().withExamples(300)
        .forAll(partnerships())
        .checkAssert(
            p -> {
              PowerShift s = PowerShift.between(p, p);
              assertTrue(s.isEmpty(), s.summary());
              assertEquals(PowerShift.between(p, Partnership.builder().from(p).build()), s);
            });
  }

  @Test
  void everyPowerIndexEitherComputesOrIsReportedNeverThrown() {
    PowerShift.Options all = PowerShift.Options.defaults().withIndices(PowerMeasure.values());
    qt().withExamples(200)
        .forAll(partnerships(), partnerships())
        .checkAssert(
            (a, b) -> {
              PowerShift s = PowerShift.between(a, b, all);
              for (PowerShift.Uncomputed u : s.uncomputed()) {
                assertTrue(u.measure() instanceof Measure.Power, u.toString());
              }
              assertEquals(s, PowerShift.between(a, b, all));
              s.summary();
            });
  }

  @Test
  void shiftsBetweenAnyThreeStatesCompose() {
    qt().withExamples(200)
        .forAll(partnerships(), partnerships(), partnerships())
        .checkAssert(
            (a, b, c) ->
                assertEquals(
                    PowerShift.between(a, c),
                    PowerShift.between(a, b).then(PowerShift.between(b, c))));
  }

  @Test
  void shiftsAlongAnOperatorSequenceComposeAndAStepAndItsInverseNetToNothing() {
    qt().withExamples(150)
        .forAll(
            partnerships(),
            lists().of(ModelGenerators.organizations()).ofSize(6),
            lists().of(longs().all()).ofSize(6))
        .checkAssert(
            (start, outsiders, seeds) -> {
              List<Partnership> states = walk(start, outsiders, seeds);
              PowerShift composed = PowerShift.between(start, start);
              for (int i = 1; i < states.size(); i++) {
                PowerShift step = PowerShift.between(states.get(i - 1), states.get(i));
                assertTrue(
                    step.then(PowerShift.between(states.get(i), states.get(i - 1))).isEmpty());
                composed = composed.then(step);
              }
              Partnership end = states.get(states.size() - 1);
              assertEquals(PowerShift.between(start, end), composed);
              assertTrue(composed.then(PowerShift.between(end, start)).isEmpty());
            });
  }

  @Test
  void aShiftAndItsInverseNetToNothing() {
    qt().withExamples(200)
        .forAll(partnerships(), partnerships())
        .checkAssert(
            (a, b) -> {
              assertTrue(PowerShift.between(a, b).then(PowerShift.between(b, a)).isEmpty());
              assertEquals(PowerShift.between(a, b).isEmpty(), PowerShift.between(b, a).isEmpty());
            });
  }

  @Test
  void powerChangesAgreeWithTheBodiesAndShapleyShubikChangesSumToZero() {
    qt().withExamples(200)
        .forAll(
            partnerships(),
            lists().of(ModelGenerators.organizations()).ofSize(4),
            lists().of(longs().all()).ofSize(4))
        .checkAssert(
            (start, outsiders, seeds) -> {
              List<Partnership> states = walk(start, outsiders, seeds);
              Partnership a = states.get(0);
              Partnership b = states.get(states.size() - 1);
              PowerShift s = PowerShift.between(a, b);
              for (String name :
                  Sets.union(Sets.newHashSet(a.bodyNames()), Sets.newHashSet(b.bodyNames()))) {
                for (PowerMeasure index :
                    List.of(PowerMeasure.SHAPLEY_SHUBIK, PowerMeasure.BANZHAF)) {
                  Measure m = Measure.power(name, index);
                  Optional<Map<OrganizationId, Fraction>> before = power(a, name, index);
                  Optional<Map<OrganizationId, Fraction>> after = power(b, name, index);
                  if (before.isEmpty() || after.isEmpty()) {
                    boolean sameBody = a.body(name).equals(b.body(name));
                    assertEquals(
                        !sameBody,
                        s.uncomputed().stream().anyMatch(u -> u.measure().equals(m)),
                        m.label());
                    continue;
                  }
                  Map<OrganizationId, Fraction> expected = new HashMap<>();
                  for (OrganizationId id :
                      Sets.union(before.get().keySet(), after.get().keySet())) {
                    Fraction d =
                        after
                            .get()
                            .getOrDefault(id, Fraction.ZERO)
                            .subtract(before.get().getOrDefault(id, Fraction.ZERO));
                    if (d.signum() != 0) {
                      expected.put(id, d);
                    }
                  }
                  assertEquals(expected, deltas(s, m), m.label());
                  if (index == PowerMeasure.SHAPLEY_SHUBIK
                      && a.body(name).isPresent()
                      && b.body(name).isPresent()) {
                    assertEquals(Fraction.ZERO, sum(deltas(s, m)), m.label());
                  }
                }
              }
            });
  }

  @Test
  void moneyChangesSumToTheChangeInTotalsPerCurrency() {
    qt().withExamples(300)
        .forAll(partnerships(), partnerships())
        .checkAssert(
            (a, b) -> {
              PowerShift s = PowerShift.between(a, b);
              for (String code : CURRENCIES) {
                for (Measure.Side side : Measure.Side.values()) {
                  for (Measure.Kind kind : Measure.Kind.values()) {
                    Measure m = Measure.funding(side, kind, Money.currency(code));
                    Fraction reference = total(b, m).subtract(total(a, m));
                    assertEquals(reference, s.totalChange(m).orElseThrow(), m.label());
                    assertEquals(reference, sum(deltas(s, m)), m.label());
                  }
                }
              }
              for (Role r : Role.values()) {
                Measure m = Measure.role(r);
                assertEquals(
                    Fraction.of(holders(b, r) - holders(a, r)), sum(deltas(s, m)), m.label());
              }
            });
  }

  @Test
  void decisionLevelsAndDecidingSeatsAgreeWithTheRights() {
    qt().withExamples(300)
        .forAll(partnerships(), partnerships())
        .checkAssert(
            (a, b) -> {
              PowerShift s = PowerShift.between(a, b);
              for (String name : DECISIONS) {
                Measure level = Measure.decisionLevel(name);
                Map<OrganizationId, Fraction> expected = new HashMap<>();
                levels(a, name)
                    .forEach((id, l) -> expected.merge(id, Fraction.of(-l), Fraction::add));
                levels(b, name)
                    .forEach((id, l) -> expected.merge(id, Fraction.of(l), Fraction::add));
                expected.values().removeIf(f -> f.signum() == 0);
                assertEquals(expected, deltas(s, level), level.label());
                Measure seat = Measure.decidingSeat(name);
                assertEquals(
                    Fraction.of(seats(b, name) - seats(a, name)),
                    sum(deltas(s, seat)),
                    seat.label());
              }
            });
  }

  private static Map<OrganizationId, Integer> levels(Partnership p, String decision) {
    Map<OrganizationId, Integer> out = new HashMap<>();
    p.decisionRights()
        .right(decision)
        .ifPresent(r -> r.levels().forEach((id, l) -> out.put(id, l.score())));
    return out;
  }

  private static int seats(Partnership p, String decision) {
    return p.decisionRights()
        .right(decision)
        .flatMap(r -> r.body())
        .map(body -> p.requireBody(body).seats().size())
        .orElse(0);
  }

  @Test
  void movementsPairExactlyTheMatchedPartOfEachMeasure() {
    qt().withExamples(200)
        .forAll(partnerships(), partnerships())
        .checkAssert(
            (a, b) -> {
              PowerShift s = PowerShift.between(a, b);
              for (Measure m : s.measures()) {
                Fraction gains = Fraction.ZERO;
                Fraction losses = Fraction.ZERO;
                for (Change c : s.changes()) {
                  if (c.measure().equals(m)) {
                    if (c.delta().signum() > 0) {
                      gains = gains.add(c.delta());
                    } else {
                      losses = losses.subtract(c.delta());
                    }
                  }
                }
                Fraction moved = Fraction.ZERO;
                for (Movement v : s.movements()) {
                  if (v.measure().equals(m)) {
                    moved = moved.add(v.amount());
                    assertTrue(
                        s.changesOf(v.from()).stream()
                            .anyMatch(c -> c.measure().equals(m) && c.delta().signum() < 0));
                    assertTrue(
                        s.changesOf(v.to()).stream()
                            .anyMatch(c -> c.measure().equals(m) && c.delta().signum() > 0));
                  }
                }
                assertEquals(gains.compareTo(losses) < 0 ? gains : losses, moved, m.label());
              }
              s.summary();
            });
  }

  private static Optional<Map<OrganizationId, Fraction>> power(
      Partnership p, String name, PowerMeasure index) {
    Optional<GoverningBody> body = p.body(name);
    if (body.isEmpty()) {
      return Optional.of(Map.of());
    }
    try {
      return Optional.of(body.get().power(index));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static Map<OrganizationId, Fraction> deltas(PowerShift s, Measure m) {
    Map<OrganizationId, Fraction> out = new HashMap<>();
    for (Change c : s.changes()) {
      if (c.measure().equals(m)) {
        out.put(c.organization(), c.delta());
      }
    }
    return out;
  }

  private static Fraction sum(Map<OrganizationId, Fraction> values) {
    Fraction t = Fraction.ZERO;
    for (Fraction f : values.values()) {
      t = t.add(f);
    }
    return t;
  }

  /** The plain reference: the sum of the amounts of the flows a funding measure counts. */
  private static Fraction total(Partnership p, Measure m) {
    Measure.Funding f = (Measure.Funding) m;
    BigDecimal t = BigDecimal.ZERO;
    for (FundingFlow x : p.flows()) {
      Measure.Kind kind =
          x.earmarking().isEmpty()
              ? Measure.Kind.EARMARKING_NOT_STATED
              : x.earmarking().get() == Earmarking.UNEARMARKED
                  ? Measure.Kind.UNEARMARKED
                  : Measure.Kind.EARMARKED;
      if (kind == f.kind() && x.amount().currency().equals(f.currency())) {
        t = t.add(x.amount().amount());
      }
    }
    return Fraction.of(t);
  }

  private static long holders(Partnership p, Role r) {
    return p.members().stream().filter((Membership m) -> m.has(r)).count();
  }
}
