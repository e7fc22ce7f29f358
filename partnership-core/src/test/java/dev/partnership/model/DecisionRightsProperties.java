package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.GoverningBody;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.rights.Deciders;
import dev.partnership.rights.DecisionRight;
import dev.partnership.rights.MemberRight;
import dev.partnership.rights.RightsComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of the decision-rights facet, each checked against a plain reference over partnerships with
 * every facet populated.
 */
class DecisionRightsProperties {
  private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

  private static List<OrganizationId> ids(Partnership p) {
    return p.members().stream().map(Membership::id).collect(ImmutableList.toImmutableList());
  }

  @Test
  void delegateThenQueryGivesTheLevel() {
    qt().withExamples(500)
        .forAll(ModelGenerators.partnershipsWithFacets(), longs().all())
        .checkAssert(
            (p, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              Decision d =
                  RightsGenerators.decision(
                      RightsGenerators.NAMES.get(r.nextInt(RightsGenerators.NAMES.size())), r);
              List<OrganizationId> members = new ArrayList<>();
              for (OrganizationId id : ids(p)) {
                if (members.isEmpty() || r.nextBoolean()) {
                  members.add(id);
                }
              }
              ParticipationLevel level = RightsGenerators.level(r);
              PartnershipOperator op = DecisionRightsOperators.delegate(d, members, level);
              Optional<DecisionRight> before = p.decisionRights().right(d.name());
              boolean conflicting = before.isPresent() && before.get().area() != d.area();
              boolean already =
                  before.isPresent()
                      && members.stream()
                          .allMatch(m -> before.get().levelOf(m).equals(Optional.of(level)));
              assertEquals(!conflicting && !already, op.isApplicableTo(p), op + " on " + p);
              if (!op.isApplicableTo(p)) {
                return;
              }
              Partnership q = p.with(op);
              DecisionRight after = q.decisionRights().right(d.name()).orElseThrow();
              Map<OrganizationId, ParticipationLevel> expected =
                  new LinkedHashMap<>(before.map(DecisionRight::levels).orElse(ImmutableMap.of()));
              members.forEach(m -> expected.put(m, level));
              assertEquals(expected, after.levels());
              assertEquals(before.flatMap(DecisionRight::body), after.body());
              for (OrganizationId m : members) {
                MemberRight right =
                    q.query(DecisionRightsQueries.rightsOf(m)).stream()
                        .filter(x -> x.decision().name().equals(d.name()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(Optional.of(level), right.level());
                assertEquals(
                    level.compareTo(ParticipationLevel.CO_DECIDES) >= 0,
                    q.query(DecisionRightsQueries.whoDecides(d.name())).members().containsKey(m));
              }
            });
  }

  @Test
  void reserveLeavesExactlyOneDecider() {
    qt().withExamples(500)
        .forAll(ModelGenerators.partnershipsWithFacets(), integers().between(0, 7))
        .checkAssert(
            (p, who) -> {
              if (p.decisionRights().isEmpty()) {
                return;
              }
              DecisionRight before =
                  p.decisionRights().rights().get(who % p.decisionRights().rights().size());
              OrganizationId member = ids(p).get(who % p.members().size());
              PartnershipOperator op = DecisionRightsOperators.reserve(before.name(), member);
              if (!op.isApplicableTo(p)) {
                assertEquals(
                    Optional.of(member + " already decides " + before.name() + " alone"),
                    op.whyNotApplicable(p));
                return;
              }
              Partnership q = p.with(op);
              Deciders deciders = q.query(DecisionRightsQueries.whoDecides(before.name()));
              assertEquals(Optional.empty(), deciders.body());
              assertEquals(ImmutableMap.of(member, ParticipationLevel.DECIDES), deciders.members());
              DecisionRight after = q.decisionRights().right(before.name()).orElseThrow();
              before
                  .levels()
                  .forEach(
                      (id, level) -> {
                        if (!id.equals(member)) {
                          assertEquals(
                              level.compareTo(ParticipationLevel.CO_DECIDES) >= 0
                                  ? ParticipationLevel.CONSULTED
                                  : level,
                              after.levels().get(id));
                        }
                      });
              assertEquals(
                  before.levels().size() + (before.levels().containsKey(member) ? 0 : 1),
                  after.levels().size());
            });
  }

  @Test
  void leaveDropsExactlyTheLeaversLevels() {
    qt().withExamples(500)
        .forAll(ModelGenerators.partnerships(), longs().all(), integers().between(0, 7))
        .checkAssert(
            (start, seed, who) -> {
              Partnership p =
                  Partnership.builder()
                      .from(start)
                      .decisionRights(RightsGenerators.rights(ids(start), List.of(), seed))
                      .build();
              OrganizationId leaver = ids(p).get(who % p.members().size());
              PartnershipOperator op = PartnershipOperators.leave(leaver);
              if (!op.isApplicableTo(p)) {
                return;
              }
              Partnership q = p.with(op);
              assertEquals(p.decisionRights().names(), q.decisionRights().names());
              for (DecisionRight before : p.decisionRights().rights()) {
                DecisionRight after = q.decisionRights().right(before.name()).orElseThrow();
                Map<OrganizationId, ParticipationLevel> expected =
                    new LinkedHashMap<>(before.levels());
                expected.remove(leaver);
                assertEquals(expected, after.levels());
                assertEquals(before.body(), after.body());
                assertEquals(before.decision(), after.decision());
              }
              assertFalse(q.decisionRights().namedOrganizations().contains(leaver));
            });
  }

  @Test
  void theDraftsLevelsAreTheRights() {
    qt().withExamples(300)
        .forAll(ModelGenerators.partnershipsWithFacets())
        .checkAssert(
            p -> {
              Assessment a = p.query(DecisionRightsQueries.draftFromRights(DATE));
              assertTrue(a.derived());
              assertEquals(p.decisionRights().decisions(), a.decisions());
              assertEquals(p.organizations(), a.organizations());
              for (DecisionRight r : p.decisionRights().rights()) {
                Optional<GoverningBody> body = r.body().map(p::requireBody);
                for (OrganizationId id : ids(p)) {
                  Cell c = Cell.of(r.name(), id);
                  Optional<ParticipationLevel> expected =
                      r.levelOf(id).isPresent()
                          ? r.levelOf(id)
                          : body.flatMap(b -> seatLevelReference(b, id));
                  assertEquals(expected, a.actualIn(c), c.toString());
                  assertEquals(expected.isEmpty(), a.notScored().contains(c), c.toString());
                }
              }
              RightsComparison self = p.query(DecisionRightsQueries.compareWith(a));
              assertEquals(List.of(), self.differences());
              assertEquals(a.actual().size(), self.comparable());
              assertEquals(List.of(), self.onlyInRights());
              assertEquals(List.of(), self.onlyInSession());
            });
  }

  @Test
  void aComparisonListsExactlyTheCellsAScoredSessionChanged() {
    qt().withExamples(300)
        .forAll(ModelGenerators.partnershipsWithFacets(), longs().all())
        .checkAssert(
            (p, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              Assessment formal = p.query(DecisionRightsQueries.draftFromRights(DATE));
              Assessment session = formal;
              List<String> expected = new ArrayList<>();
              for (Decision d : formal.decisions()) {
                for (OrganizationId id : ids(p)) {
                  Cell c = Cell.of(d.name(), id);
                  Optional<ParticipationLevel> was = formal.actualIn(c);
                  if (r.nextInt(3) == 0) {
                    ParticipationLevel now = RightsGenerators.level(r);
                    session = session.withActual(c, now);
                    if (was.isPresent() && was.get() != now) {
                      expected.add(c.toString());
                    }
                  }
                }
              }
              RightsComparison c = p.query(DecisionRightsQueries.compareWith(session));
              assertEquals(
                  expected, c.differences().stream().map(x -> x.cell().toString()).toList());
              for (var x : c.differences()) {
                assertEquals(
                    x.session().orElseThrow().score() - x.formal().orElseThrow().score(),
                    x.steps().orElseThrow());
                assertEquals(formal.actualIn(x.cell()), x.formal());
              }
              assertEquals(formal.actual().size(), c.comparable());
            });
  }

  /** The seat rule written out plainly: dictator 4, any Banzhaf power 3, powerless 1. */
  private static Optional<ParticipationLevel> seatLevelReference(
      GoverningBody body, OrganizationId id) {
    if (body.seatOf(id).isEmpty()) {
      return Optional.empty();
    }
    if (body.dictator().filter(id::equals).isPresent()) {
      return Optional.of(ParticipationLevel.DECIDES);
    }
    boolean power =
        body.power(dev.partnership.governance.PowerMeasure.BANZHAF).get(id).signum() > 0;
    return Optional.of(power ? ParticipationLevel.CO_DECIDES : ParticipationLevel.INFORMED);
  }

  @Test
  void aDecisionRightsOperatorChangesOnlyTheDecisionRights() {
    qt().withExamples(1000)
        .forAll(ModelGenerators.partnershipsWithFacets(), longs().all())
        .checkAssert(
            (p, seed) -> {
              List<OrganizationId> ids = new ArrayList<>(ids(p));
              ids.add(OrganizationId.of("nobody"));
              String body = p.bodies().isEmpty() ? "Nowhere" : p.bodyNames().get(0);
              PartnershipOperator op = RightsGenerators.operator(p, ids, body, seed);
              PartnershipProperties.assertAgreesWithWith(p, op);
              if (op.isApplicableTo(p) && !op.toString().startsWith("dissolve")) {
                Partnership q = p.with(op);
                assertFalse(p.decisionRights().equals(q.decisionRights()), op.toString());
                assertEquals(
                    p, Partnership.builder().from(q).decisionRights(p.decisionRights()).build());
              }
            });
  }
}
