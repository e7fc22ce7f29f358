package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.FundingFlow;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.power.PowerRelation;
import dev.partnership.practice.Facts;
import dev.partnership.practice.Practice;
import dev.partnership.practice.Topic;
import dev.partnership.rights.DecisionRight;
import dev.partnership.risk.Risk;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The queries on a partnership's membership. They are the one place where the lead, the funders and
 * the local and national members are looked up; the operators, the other catalogues and the
 * invariant check of {@link Partnership} read them from here.
 *
 * <pre>{@code
 * import static dev.partnership.model.PartnershipQueries.*;
 * gppac.query(membersWithRole(Role.SECRETARIAT))
 * gppac.query(localAndNationalShare())      // e.g. 15/22, exact
 * }</pre>
 */
public final class PartnershipQueries {
  private PartnershipQueries() {}

  /** Returns a query for the members holding {@code role}, in membership order. */
  public static PartnershipQuery<ImmutableList<Membership>> membersWithRole(Role role) {
    checkNotNull(role, "role");
    return named("membersWithRole(" + role + ")", p -> membersWithRole(p.members(), role));
  }

  /** Returns a query for the lead (the contract holder), if there is one. */
  public static PartnershipQuery<Optional<Organization>> lead() {
    return named("lead()", p -> leadOf(p).map(Membership::organization));
  }

  /** Returns a query for the organisations holding {@link Role#FUNDER}, in membership order. */
  public static PartnershipQuery<ImmutableList<Organization>> funders() {
    return named("funders()", p -> organizationsOf(membersWithRole(p.members(), Role.FUNDER)));
  }

  /**
   * Returns a query for the members that are local or national actors ({@link
   * Organization#isLocalOrNational()}), in membership order.
   */
  public static PartnershipQuery<ImmutableList<Organization>> localAndNationalMembers() {
    return named(
        "localAndNationalMembers()",
        p ->
            p.organizations().stream()
                .filter(Organization::isLocalOrNational)
                .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns a query for the share of members that are local or national actors, exactly: the number
   * of such members over the number of members.
   */
  public static PartnershipQuery<Fraction> localAndNationalShare() {
    return named(
        "localAndNationalShare()",
        p -> Fraction.of(p.query(localAndNationalMembers()).size(), p.members().size()));
  }

  /**
   * Returns a query for every fact of the partnership that carries a {@link Provenance}, with where
   * it is: countries of work, memberships, seats, decision rights, funding flows, practice facts
   * and mechanisms, risks, civic space ratings and power relations, in that order (and in each
   * facet's own order). Facts without a provenance are left out.
   *
   * <pre>{@code
   * gppac.query(sourcedFacts())
   * // [membership of WANEP — GPPAC annual report 2023, 2024-06-01, ...]
   * }</pre>
   */
  public static PartnershipQuery<ImmutableList<SourcedFact>> sourcedFacts() {
    return named("sourcedFacts()", PartnershipQueries::sourcedFactsOf);
  }

  /**
   * Returns a query for every fact whose provenance is {@linkplain Provenance#illustrative()
   * illustrative}, in the order of {@link #sourcedFacts()}, so a report can say which of its values
   * are made up without knowing where each facet keeps them.
   *
   * <pre>{@code
   * gppac.query(illustrativeFacts())
   * // [seat of WANEP in International Steering Group — illustrative: weights are made up]
   * }</pre>
   */
  public static PartnershipQuery<ImmutableList<SourcedFact>> illustrativeFacts() {
    return named(
        "illustrativeFacts()",
        p ->
            sourcedFactsOf(p).stream()
                .filter(f -> f.provenance().illustrative())
                .collect(ImmutableList.toImmutableList()));
  }

  private static ImmutableList<SourcedFact> sourcedFactsOf(Partnership p) {
    ImmutableList.Builder<SourcedFact> out = ImmutableList.builder();
    p.countryProvenance()
        .forEach(
            (c, s) -> out.add(new SourcedFact("works in " + c.displayName() + " (" + c + ")", s)));
    for (Membership m : p.members()) {
      m.provenance()
          .ifPresent(
              s -> out.add(new SourcedFact("membership of " + m.organization().shortName(), s)));
    }
    for (GoverningBody b : p.bodies()) {
      for (Seat seat : b.seats()) {
        seat.provenance()
            .ifPresent(
                s ->
                    out.add(
                        new SourcedFact(
                            "seat of "
                                + nameOf(p, seat.holder())
                                + " in "
                                + b.name()
                                + ", weight "
                                + seat.weight(),
                            s)));
      }
    }
    for (DecisionRight r : p.decisionRights().rights()) {
      r.provenance()
          .ifPresent(
              s ->
                  out.add(
                      new SourcedFact(
                          "decision right "
                              + r.name()
                              + r.body().map(b -> " taken by " + b).orElse(""),
                          s)));
    }
    for (FundingFlow f : p.flows()) {
      f.provenance()
          .ifPresent(
              s ->
                  out.add(
                      new SourcedFact(
                          "funding from "
                              + nameOf(p, f.provider())
                              + " to "
                              + nameOf(p, f.recipient())
                              + ", "
                              + f.amount()
                              + " in "
                              + f.year(),
                          s)));
    }
    practiceFacts(p, p.practice(), out);
    for (Risk r : p.risks().risks()) {
      r.provenance()
          .ifPresent(
              s -> out.add(new SourcedFact("risk " + r.id() + " \"" + r.description() + "\"", s)));
    }
    p.risks()
        .civicSpaceProvenance()
        .forEach(
            (c, s) ->
                out.add(
                    new SourcedFact(
                        "civic space of "
                            + c
                            + " rated "
                            + Texts.label(p.risks().civicSpace().get(c)),
                        s)));
    for (PowerRelation r : p.powerMap().relations()) {
      out.add(
          new SourcedFact(
              "power relation: "
                  + nameOf(p, r.holder())
                  + " "
                  + Texts.label(r.expression())
                  + " "
                  + r.overActor()
                      .map(a -> nameOf(p, a))
                      .orElseGet(() -> "\"" + r.overIssue().orElseThrow() + "\""),
              r.provenance()));
    }
    return out.build();
  }

  private static void practiceFacts(
      Partnership p, Practice practice, ImmutableList.Builder<SourcedFact> out) {
    practice
        .sharedValues()
        .flatMap(Facts.SharedValues::provenance)
        .ifPresent(s -> out.add(new SourcedFact(Topic.SHARED_VALUES.label(), s)));
    practice
        .interests()
        .forEach(
            (id, i) ->
                i.provenance()
                    .ifPresent(
                        s -> out.add(new SourcedFact("declared interest of " + nameOf(p, id), s))));
    practice
        .design()
        .flatMap(Facts.ProgrammeDesign::provenance)
        .ifPresent(s -> out.add(new SourcedFact(Topic.PROGRAMME_DESIGN.label(), s)));
    for (Facts.LearningPractice l : practice.learning()) {
      l.provenance()
          .ifPresent(
              s -> out.add(new SourcedFact("joint learning \"" + l.description() + "\"", s)));
    }
    for (Facts.FeedbackLoop f : practice.feedbackLoops()) {
      f.provenance()
          .ifPresent(
              s ->
                  out.add(
                      new SourcedFact(
                          "feedback loop to " + nameOf(p, f.to()) + " by " + f.channel(), s)));
    }
    practice
        .contextReviews()
        .flatMap(Facts.ContextReviews::provenance)
        .ifPresent(s -> out.add(new SourcedFact(Topic.CONTEXT_REVIEWS.label(), s)));
    practice
        .budgetFlexibility()
        .flatMap(Facts.BudgetFlexibility::provenance)
        .ifPresent(s -> out.add(new SourcedFact(Topic.BUDGET_FLEXIBILITY.label(), s)));
    practice
        .powerArrangement()
        .flatMap(Facts.PowerArrangement::provenance)
        .ifPresent(s -> out.add(new SourcedFact(Topic.POWER_ARRANGEMENT.label(), s)));
    practice
        .civicSpace()
        .flatMap(Facts.CivicSpaceStrategy::provenance)
        .ifPresent(s -> out.add(new SourcedFact("civic space strategy", s)));
    practice
        .controlProvenance()
        .forEach((c, s) -> out.add(new SourcedFact("control mechanism " + Texts.label(c), s)));
    practice
        .trustProvenance()
        .forEach((t, s) -> out.add(new SourcedFact("trust mechanism " + Texts.label(t), s)));
  }

  /** Returns the short name of member {@code id}, or the id when it is not a member. */
  private static String nameOf(Partnership p, OrganizationId id) {
    return p.member(id).map(m -> m.organization().shortName()).orElse(id.toString());
  }

  /** Returns the members of {@code members} holding {@code role}: the one filter by role. */
  static ImmutableList<Membership> membersWithRole(List<Membership> members, Role role) {
    return members.stream().filter(m -> m.has(role)).collect(ImmutableList.toImmutableList());
  }

  /** Returns the lead's membership, if any. */
  static Optional<Membership> leadOf(Partnership p) {
    return p.memberTable().leads().stream().findFirst();
  }

  private static ImmutableList<Organization> organizationsOf(ImmutableList<Membership> members) {
    return members.stream().map(Membership::organization).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the query {@code name} (the call that made it, e.g. {@code "lead()"}); two such queries
   * are equal when their names are, so a name must say every argument in full.
   */
  static <R> PartnershipQuery<R> named(String name, Function<Partnership, R> body) {
    return named(name, name, body);
  }

  /**
   * Returns the query {@code name}; two such queries are equal when their names and {@code
   * arguments} are (for arguments the name shows in short, e.g. a session by its date and size).
   */
  static <R> PartnershipQuery<R> named(
      String name, Object arguments, Function<Partnership, R> body) {
    return new Named<>(name, arguments, body);
  }

  private static final class Named<R> extends Call implements PartnershipQuery<R> {
    private final String name;
    private final Object arguments;
    private final Function<Partnership, R> body;

    Named(String name, Object arguments, Function<Partnership, R> body) {
      super(name, arguments);
      this.name = name;
      this.arguments = arguments;
      this.body = body;
    }

    @Override
    public R queryFrom(Partnership partnership) {
      return body.apply(checkNotNull(partnership, "partnership"));
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
