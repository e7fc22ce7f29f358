package dev.partnership.document;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.ActorsGenerators;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.math.Fraction;
import dev.partnership.model.Membership;
import dev.partnership.model.ModelGenerators;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PracticeOperators;
import dev.partnership.power.Dimensions;
import dev.partnership.power.PowerMap;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.PracticeGenerators;
import dev.partnership.practice.Topic;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.RiskRegister;
import dev.partnership.scenario.Scenario;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** Generators for documents: the core's partnerships with every facet, power maps included. */
final class DocumentGenerators {
  private DocumentGenerators() {}

  /**
   * Partnerships with facets ({@link ModelGenerators#partnershipsWithFacets()}), sometimes with
   * every practice topic, civic space per country and a power map.
   */
  static Gen<Partnership> partnerships() {
    return ModelGenerators.partnershipsWithFacets().zip(longs().all(), DocumentGenerators::more);
  }

  static Partnership more(Partnership p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<OrganizationId> ids =
        p.members().stream().map(Membership::id).collect(ImmutableList.toImmutableList());
    Partnership.Builder b = Partnership.builder().from(p);
    if (r.nextInt(3) == 0) {
      // countries of work, some with their provenance, and members' countries of operation
      List<CountryCode> all =
          List.of("KE", "GT", "PS", "NL", "US").stream().map(CountryCode::of).toList();
      for (CountryCode c : all) {
        if (r.nextBoolean()) {
          b.addCountries(c);
          if (r.nextBoolean()) {
            b.putCountryProvenance(c, ActorsGenerators.provenance(r));
          }
        }
      }
      List<Membership> members = new ArrayList<>();
      for (Membership m : p.members()) {
        List<CountryCode> some = all.stream().filter(c -> r.nextInt(3) == 0).toList();
        members.add(
            Membership.builder()
                .from(m)
                .organization(
                    dev.partnership.actors.Organization.builder()
                        .from(m.organization())
                        .countries(some)
                        .build())
                .build());
      }
      b.members(members);
    }
    if (r.nextInt(3) == 0) {
      Practice practice = Practice.empty();
      for (Topic t : Topic.values()) {
        if (r.nextBoolean()) {
          practice = PracticeGenerators.withFact(practice, t, ids, r.nextLong());
        }
      }
      b.practice(practice);
    }
    if (r.nextBoolean()) {
      b.risks(
          RiskRegister.builder()
              .from(p.risks())
              .putCivicSpace(CountryCode.of("KE"), CivicSpace.values()[r.nextInt(5)])
              .putCivicSpace(CountryCode.of("GT"), CivicSpace.OBSTRUCTED)
              .build());
    }
    if (r.nextBoolean()) {
      PowerMap.Builder m = PowerMap.builder();
      for (int i = 0; i < 1 + r.nextInt(3); i++) {
        PowerRelation.Builder x =
            PowerRelation.builder()
                .holder(ids.get(r.nextInt(ids.size())))
                .form(Dimensions.Form.values()[r.nextInt(3)])
                .space(Dimensions.Space.values()[r.nextInt(3)])
                .level(Dimensions.Level.values()[r.nextInt(3)])
                .expression(Dimensions.Expression.values()[r.nextInt(4)])
                .source("Illustrative: workshop notes " + i)
                .date(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(300)))
                .confidence(Dimensions.Confidence.values()[r.nextInt(3)]);
        if (r.nextBoolean()) {
          x.overActor(ids.get(r.nextInt(ids.size())));
        } else {
          x.overIssue("the agenda");
        }
        m.addRelation(x.build());
      }
      b.powerMap(m.build());
    }
    return b.build();
  }

  /**
   * Returns an operator that records a whole practice fact (the value factories of {@link
   * PracticeOperators}), its provenance drawn by {@link ActorsGenerators#sometimes}, over {@code
   * p}'s members and {@code outsider}: the shorter factories {@link ModelGenerators#operator} draws
   * give facts without provenance only, and a document must keep it.
   */
  static PartnershipOperator factOperator(
      Partnership p, dev.partnership.actors.Organization outsider, SplittableRandom r) {
    List<OrganizationId> ids = new ArrayList<>();
    p.members().forEach(m -> ids.add(m.id()));
    ids.add(outsider.id());
    ImmutableSet<OrganizationId> some =
        ids.stream().filter(x -> r.nextInt(3) == 0).collect(ImmutableSet.toImmutableSet());
    OrganizationId one = ids.get(r.nextInt(ids.size()));
    Optional<Provenance> from = ActorsGenerators.sometimes(r);
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
    int cadence = r.nextBoolean() ? 1 + r.nextInt(24) : Integer.MAX_VALUE;
    switch (r.nextInt(6)) {
      case 0:
        return PracticeOperators.defineSharedValues(new Facts.SharedValues(date, some, from));
      case 1:
        return PracticeOperators.setProgrammeDesign(
            new Facts.ProgrammeDesign(some, ImmutableSet.of(one), ImmutableSet.of(), from));
      case 2:
        return PracticeOperators.addLearning(
            new Facts.LearningPractice("learning", r.nextBoolean(), cadence, some, from));
      case 3:
        return PracticeOperators.setBudgetFlexibility(
            new Facts.BudgetFlexibility(
                Fraction.of(r.nextInt(101), 100),
                some,
                r.nextBoolean() ? Optional.of("50000 EUR") : Optional.empty(),
                from));
      default:
        Facts.FeedbackLoop loop =
            new Facts.FeedbackLoop(
                some,
                one,
                "survey",
                cadence,
                r.nextBoolean() ? Optional.of("acted") : Optional.empty(),
                from);
        return r.nextBoolean()
            ? PracticeOperators.addFeedbackLoop(loop)
            : PracticeOperators.removeFeedbackLoop(loop);
    }
  }

  /**
   * Scenarios over {@link #partnerships()}: up to five steps of one to three operators of every
   * catalogue ({@link ModelGenerators#operator}, and a quarter of them whole practice facts with
   * provenance, {@link #factOperator}), dated by month or day in order; a step may not apply.
   * {@link #scenarioSteps(Partnership, long)} keeps only operators with a document form.
   */
  static Gen<Scenario> scenarios() {
    return partnerships()
        .zip(
            ModelGenerators.organizations(),
            longs().all(),
            (p, outsider, seed) -> scenario(p, outsider, seed, true));
  }

  /**
   * Returns a scenario over {@code p}; with {@code documentedOnly}, operators without a document
   * form are drawn again.
   */
  static Scenario scenario(
      Partnership p,
      dev.partnership.actors.Organization outsider,
      long seed,
      boolean documentedOnly) {
    SplittableRandom r = new SplittableRandom(seed);
    Scenario s = Scenario.start(p);
    LocalDate date = LocalDate.of(2020 + r.nextInt(10), 1 + r.nextInt(12), 1);
    int steps = r.nextInt(6);
    for (int i = 0; i < steps; i++) {
      int n = 1 + r.nextInt(3);
      PartnershipOperator[] ops = new PartnershipOperator[n];
      for (int k = 0; k < n; k++) {
        PartnershipOperator op;
        do {
          op =
              r.nextInt(4) == 0
                  ? factOperator(p, outsider, r)
                  : ModelGenerators.operator(p, outsider, r.nextLong());
        } while (documentedOnly && !ScenarioMapping.hasDocumentForm(op));
        ops[k] = op;
      }
      date = date.plusDays(r.nextInt(70));
      if (r.nextBoolean()) {
        YearMonth month = YearMonth.from(date);
        month = date.getDayOfMonth() == 1 ? month : month.plusMonths(1);
        date = month.atDay(1);
        s = s.then(month, "step " + i, ops);
      } else {
        s = s.then(date, "step " + i + ": " + ops[0].name(), ops);
      }
    }
    return s;
  }
}
