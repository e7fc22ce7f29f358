package dev.partnership.model;

import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.OrganizationId;
import dev.partnership.math.Fraction;
import dev.partnership.practice.ControlMechanism;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.PracticeGenerators;
import dev.partnership.practice.Topic;
import dev.partnership.practice.TrustMechanism;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Impact;
import dev.partnership.risk.Likelihood;
import dev.partnership.risk.Mitigation;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import dev.partnership.risk.RiskGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators for the practice, risk and secretariat operators ({@link PracticeOperators}, {@link
 * RiskOperators}, {@link PartnershipOperators#moveSecretariat}), and partnerships whose practice
 * and risk facets are full enough for them to apply often. {@link ModelGenerators#operator} draws
 * from here too, so the shared operator properties cover these operators.
 */
public final class FacetOperatorGenerators {
  private FacetOperatorGenerators() {}

  private static final List<String> DESCRIPTIONS = List.of("Training", "Audit", "Hotline");
  private static final List<String> RISK_IDS = List.of("R0", "R1", "R2", "R9");
  private static final List<String> COUNTRIES = List.of("NL", "KE", "UG", "PH");
  private static final Fraction[] SHARES = {
    Fraction.of(1, 10), Fraction.of(1, 3), Fraction.of(1, 2), Fraction.ONE, Fraction.of(1, 1000)
  };
  private static final int[] CADENCES = {1, 6, 12, Integer.MAX_VALUE};

  /** The number of operator kinds {@link #operator} draws from. */
  static final int KINDS = 31;

  /**
   * Partnerships with every facet (see {@link ModelGenerators#partnershipsWithFacets()}) whose
   * practice holds several facts and mechanisms and whose register holds up to six risks and some
   * civic space ratings. Every invariant holds.
   */
  public static Gen<Partnership> partnershipsWithPracticeAndRisks() {
    return ModelGenerators.partnershipsWithFacets()
        .zip(longs().all(), FacetOperatorGenerators::enrich);
  }

  static Partnership enrich(Partnership p, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<OrganizationId> ids = p.members().stream().map(Membership::id).toList();
    Practice practice = p.practice();
    for (int i = r.nextInt(4); i > 0; i--) {
      Topic t = Topic.values()[r.nextInt(Topic.values().length)];
      if (t == Topic.DECLARED_INTERESTS && practice.has(t)) {
        continue; // PracticeGenerators.withFact puts a second interest for the same member
      }
      practice = PracticeGenerators.withFact(practice, t, ids, r.nextLong());
    }
    Practice.Builder b = Practice.builder().from(practice);
    for (ControlMechanism c : ControlMechanism.values()) {
      if (r.nextInt(3) == 0) {
        b.addControls(c);
      }
    }
    for (TrustMechanism t : TrustMechanism.values()) {
      if (r.nextInt(3) == 0) {
        b.addTrusts(t);
      }
    }
    return Partnership.builder()
        .from(p)
        .practice(b.build())
        .risks(RiskGenerators.register(p.organizations(), r.nextLong()))
        .build();
  }

  /**
   * A partnership with full practice and risk facets and an operator of this class's kinds on it,
   * drawn over its members, one outsider and a missing organisation.
   */
  public static Gen<ModelGenerators.PartnershipAndOperator> partnershipsWithOperators() {
    return partnershipsWithPracticeAndRisks()
        .zip(
            ModelGenerators.organizations(),
            longs().all(),
            (p, outsider, seed) -> {
              List<OrganizationId> ids = new ArrayList<>();
              p.members().forEach(m -> ids.add(m.id()));
              if (!p.isMember(outsider)) {
                ids.add(outsider.id());
              }
              ids.add(OrganizationId.of("nobody"));
              return new ModelGenerators.PartnershipAndOperator(
                  p, operator(p, ids, new SplittableRandom(seed)));
            });
  }

  /**
   * Returns a practice, risk or secretariat operator on {@code p}, drawn with {@code r} over the
   * organisations {@code ids} (members and at least one non-member), the facts, mechanisms and
   * risks {@code p} holds, and some it does not.
   */
  static PartnershipOperator operator(Partnership p, List<OrganizationId> ids, SplittableRandom r) {
    OrganizationId id = pick(ids, r);
    OrganizationId[] some = some(ids, r);
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
    String description = pick(DESCRIPTIONS, r);
    Practice practice = p.practice();
    Optional<Risk> existing =
        p.risks().risks().isEmpty() ? Optional.empty() : Optional.of(pick(p.risks().risks(), r));
    String riskId =
        existing.filter(x -> r.nextInt(4) != 0).map(Risk::id).orElseGet(() -> pick(RISK_IDS, r));
    ControlMechanism control =
        !practice.controls().isEmpty() && r.nextBoolean()
            ? pick(practice.controls().asList(), r)
            : pick(List.of(ControlMechanism.values()), r);
    TrustMechanism trust =
        !practice.trusts().isEmpty() && r.nextBoolean()
            ? pick(practice.trusts().asList(), r)
            : pick(List.of(TrustMechanism.values()), r);
    Topic topic = pick(List.of(Topic.values()), r);
    switch (r.nextInt(KINDS)) {
      case 0:
        return PracticeOperators.defineSharedValues(date, some);
      case 1:
        return PracticeOperators.declareInterest(id, description, r.nextBoolean());
      case 2:
        return PracticeOperators.withdrawInterest(
            !practice.interests().isEmpty() && r.nextBoolean()
                ? pick(practice.interests().keySet().asList(), r)
                : id);
      case 3:
        return PracticeOperators.setProgrammeDesign(
            new Facts.ProgrammeDesign(
                ImmutableSet.copyOf(some), ImmutableSet.of(), ImmutableSet.copyOf(some(ids, r))));
      case 4:
        return PracticeOperators.recordPowerArrangement(date, some);
      case 5:
        return PracticeOperators.setCivicSpaceStrategy(description, r.nextBoolean());
      case 6:
        return PracticeOperators.addLearning(
            r.nextBoolean() ? "learning" : description,
            r.nextBoolean(),
            CADENCES[r.nextInt(CADENCES.length)],
            some);
      case 7:
        return PracticeOperators.removeLearning(r.nextBoolean() ? "learning" : description);
      case 8:
        return PracticeOperators.addFeedbackLoop(loop(ids, some, r));
      case 9:
        return PracticeOperators.removeFeedbackLoop(
            !practice.feedbackLoops().isEmpty() && r.nextBoolean()
                ? pick(practice.feedbackLoops(), r)
                : loop(ids, some, r));
      case 10:
        return PracticeOperators.setContextReviews(
            CADENCES[r.nextInt(CADENCES.length)], date, some);
      case 11:
        return PracticeOperators.reviewContext(date, some);
      case 12:
        return PracticeOperators.setBudgetFlexibility(
            r.nextBoolean() ? Fraction.ZERO : SHARES[r.nextInt(SHARES.length)], some);
      case 13:
        return PracticeOperators.addFlexibleBudgetLine(SHARES[r.nextInt(SHARES.length)], some);
      case 14:
        return PracticeOperators.forget(topic);
      case 15:
        return PracticeOperators.markAbsent(topic);
      case 16:
        return PracticeOperators.addControl(control);
      case 17:
        return PracticeOperators.removeControl(control);
      case 18:
        return PracticeOperators.addTrust(trust);
      case 19:
        return PracticeOperators.removeTrust(trust);
      case 20:
        return PracticeOperators.replaceControl(control);
      case 21:
        return RiskOperators.addRisk(risk(riskId, ids, r));
      case 22:
        return RiskOperators.removeRisk(riskId);
      case 23:
        return RiskOperators.mitigate(
            riskId,
            r.nextBoolean()
                ? Mitigation.unfunded(description)
                : Mitigation.fundedBy(description, id));
      case 24:
        return RiskOperators.fundMitigation(riskId, mitigationOf(existing, description, r), id);
      case 25:
        return RiskOperators.removeMitigation(riskId, mitigationOf(existing, description, r));
      case 26:
        return RiskOperators.changeOwner(riskId, id);
      case 27:
        return RiskOperators.reassess(
            riskId, pick(List.of(Likelihood.values()), r), pick(List.of(Impact.values()), r));
      case 28:
        return RiskOperators.rateCivicSpace(
            pick(COUNTRIES, r), pick(List.of(CivicSpace.values()), r));
      case 29:
        return RiskOperators.removeCivicSpaceRating(
            !p.risks().civicSpace().isEmpty() && r.nextBoolean()
                ? pick(p.risks().civicSpace().keySet().asList(), r)
                : CountryCode.of(pick(COUNTRIES, r)));
      default:
        return PartnershipOperators.moveSecretariat(
            p.secretariat().filter(s -> r.nextInt(4) != 0).orElse(id), pick(ids, r));
    }
  }

  private static String mitigationOf(Optional<Risk> risk, String fallback, SplittableRandom r) {
    return risk.filter(x -> !x.mitigations().isEmpty() && r.nextBoolean())
        .map(x -> pick(x.mitigations(), r).description())
        .orElse(fallback);
  }

  private static Facts.FeedbackLoop loop(
      List<OrganizationId> ids, OrganizationId[] some, SplittableRandom r) {
    return new Facts.FeedbackLoop(
        ImmutableSet.copyOf(some),
        pick(ids, r),
        r.nextBoolean() ? "survey" : "meeting",
        CADENCES[r.nextInt(CADENCES.length)],
        r.nextBoolean() ? Optional.of("acted") : Optional.empty());
  }

  private static Risk risk(String id, List<OrganizationId> ids, SplittableRandom r) {
    Risk.Builder b =
        Risk.builder()
            .id(id)
            .area(pick(List.of(RiskArea.values()), r))
            .description("risk " + id)
            .likelihood(pick(List.of(Likelihood.values()), r))
            .impact(pick(List.of(Impact.values()), r))
            .bearer(pick(ids, r));
    if (r.nextBoolean()) {
      b.owner(pick(ids, r));
    }
    if (r.nextBoolean()) {
      b.addMitigation(Mitigation.fundedBy("Training", pick(ids, r)));
    }
    return b.build();
  }

  /** Returns a subset of {@code ids} (members and non-members alike), in order. */
  private static OrganizationId[] some(List<OrganizationId> ids, SplittableRandom r) {
    return ids.stream().filter(x -> r.nextInt(3) == 0).toArray(OrganizationId[]::new);
  }

  private static <T> T pick(List<T> xs, SplittableRandom r) {
    return xs.get(r.nextInt(xs.size()));
  }
}
