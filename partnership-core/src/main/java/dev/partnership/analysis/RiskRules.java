package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding.Status;
import dev.partnership.internal.Texts;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import dev.partnership.risk.CivicSpace;
import dev.partnership.risk.Risk;
import dev.partnership.risk.RiskArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Rules over a partnership's risk register, as {@link Principle}s in a {@link RuleSet} like the
 * lessons: unmitigated high risks, risks transferred to local partners rather than shared, members
 * exposed by decision power or visibility in repressed or closed civic space without security
 * support, and shifts of control with no mitigation. Drop, add or replace a risk rule exactly as a
 * lesson ({@link RuleSet#without}, {@link RuleSet#with}, {@link RuleSet#replace}) and run the set
 * with {@link PrinciplesCheck#run}. A rule is not assessable while the register holds no risk (the
 * exposure rule: while no member's home country has a civic space rating), not met with one piece
 * of evidence per problem, met otherwise.
 *
 * <p>Definitions (this library's, after InterAction and Humanitarian Outcomes, 2019): a risk is
 * <em>transferred</em> when a local or national member bears it and nobody else owns it or pays for
 * a mitigation of it; otherwise it is <em>shared</em>. A member is <em>exposed</em> when its home
 * country's civic space (CIVICUS Monitor) is repressed or closed and it holds decision power (a
 * seat with a Banzhaf index above 0) or visibility (lead, secretariat or lobby partner); it has
 * <em>security support</em> when a security or safety risk it bears has a mitigation paid by
 * someone. A risk is high from a score of 12 ({@link Risk#isHigh()}: a threshold of our own,
 * illustrative).
 *
 * <pre>{@code
 * RiskRules.check(partnership).forEach(f -> System.out.println(f.text()));
 * PrinciplesCheck.run(partnership, RiskRules.rules().without("RISK-TRANSFERRED"), LocalDate.of(2026, 11, 26))
 * }</pre>
 */
public final class RiskRules {
  private RiskRules() {}

  private static final String SOURCE =
      "InterAction and Humanitarian Outcomes, NGOs and Risk (2019); definitions of this library";
  private static final String REGISTER =
      "risk register: risks with likelihood, impact, bearer, owner and mitigations";

  /** Returns the risks transferred to local and national members. */
  public static ImmutableList<Risk> transferred(Partnership p) {
    checkNotNull(p, "partnership");
    Set<OrganizationId> locals = Lessons.locals(p);
    return risks(
        p,
        r ->
            locals.contains(r.bearer())
                && r.owner().filter(o -> !o.equals(r.bearer())).isEmpty()
                && r.mitigations().stream()
                    .noneMatch(m -> m.fundedBy().filter(f -> !f.equals(r.bearer())).isPresent()));
  }

  /** Returns the risks that are shared (not transferred). */
  public static ImmutableList<Risk> shared(Partnership p) {
    ImmutableList<Risk> t = transferred(p);
    return risks(p, r -> !t.contains(r));
  }

  /** Returns the register's risks that match {@code filter}, in register order. */
  private static ImmutableList<Risk> risks(Partnership p, Predicate<Risk> filter) {
    return p.risks().risks().stream().filter(filter).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the four risk rules, in order: unmitigated, transferred, exposed, shift unmitigated.
   */
  public static RuleSet rules() {
    return RuleSet.of(ImmutableList.of(UNMITIGATED, TRANSFERRED, EXPOSED, SHIFT_UNMITIGATED));
  }

  /**
   * Returns the problems the four {@linkplain #rules() risk rules} find in {@code partnership}: the
   * findings not met or partly met, in rule order (empty when there is none). The risk rules
   * measure no time, so no date is needed; run a set of your own with {@link PrinciplesCheck#run}.
   */
  public static ImmutableList<Finding> check(Partnership partnership) {
    checkNotNull(partnership, "partnership");
    return rules().rules().stream()
        .map(r -> r.check(partnership, NO_DATE))
        .filter(Finding::isProblem)
        .collect(ImmutableList.toImmutableList());
  }

  /** The date passed to the risk rules by {@link #check(Partnership)}: they read none. */
  private static final LocalDate NO_DATE = LocalDate.EPOCH;

  /** Returns the member's name and acronym, or the identifier when it names no member. */
  private static String name(Partnership p, OrganizationId id) {
    return Lessons.name(p, id);
  }

  /** Returns a risk in words: id, area, description, likelihood x impact and who bears it. */
  private static String describe(Risk r, Partnership p) {
    return r.id()
        + " "
        + Texts.label(r.area())
        + " risk \""
        + r.description()
        + "\" ("
        + Texts.label(r.likelihood())
        + " x "
        + Texts.label(r.impact())
        + " = "
        + r.score()
        + "), borne by "
        + name(p, r.bearer());
  }

  /**
   * Returns a rule over the register's risks: not assessable while the register is empty, not met
   * with one line of evidence per risk {@code problems} finds, met otherwise; {@code note} (if not
   * empty) is the last line of evidence either way.
   */
  private static Principle overRisks(
      String id,
      String title,
      String criteria,
      Function<Partnership, List<Risk>> problems,
      BiFunction<Risk, Partnership, String> detail,
      String metEvidence,
      String note,
      Function<List<Risk>, String> suggestion) {
    return Principle.of(
        id,
        title,
        SOURCE,
        criteria,
        (self, p, asOf) -> {
          if (p.risks().risks().isEmpty()) {
            return self.notAssessable(REGISTER);
          }
          List<Risk> found = problems.apply(p);
          ImmutableList.Builder<String> evidence = ImmutableList.builder();
          if (found.isEmpty()) {
            evidence.add(metEvidence + " (" + p.risks().risks().size() + " risks in the register)");
          }
          found.forEach(r -> evidence.add(describe(r, p) + detail.apply(r, p)));
          if (!note.isEmpty()) {
            evidence.add(note);
          }
          return self.finding(
              found.isEmpty() ? Status.MET : Status.NOT_MET,
              evidence.build(),
              suggestion.apply(found));
        });
  }

  private static String riskIds(List<Risk> risks) {
    return String.join(", ", risks.stream().map(Risk::id).toList());
  }

  /** A high risk (score at least 12, a threshold of our own) with no mitigation. */
  public static final Principle UNMITIGATED =
      overRisks(
          "RISK-UNMITIGATED",
          "High risk without mitigation",
          "met: every high risk (likelihood x impact at least 12, threshold of our own, illustrative) has a mitigation; not met: one has none",
          p -> risks(p, r -> r.isHigh() && r.mitigations().isEmpty()),
          (r, p) -> "",
          "every high risk has a mitigation",
          "high means likelihood x impact at least 12 " + Lessons.OWN_THRESHOLD,
          found -> "Agree a mitigation for " + riskIds(found) + " and who pays for it");

  /** A risk transferred to a local or national member rather than shared. */
  public static final Principle TRANSFERRED =
      overRisks(
          "RISK-TRANSFERRED",
          "Risk transferred to a local partner",
          "met: no risk borne by a local or national member is left to it alone; not met: one is (nobody else owns it or pays"
              + " for its mitigation)",
          RiskRules::transferred,
          (r, p) ->
              "; owned by "
                  + r.owner().map(o -> name(p, o)).orElse("nobody")
                  + "; mitigations paid by the bearer or nobody",
          "no risk is left to a local or national member alone",
          "",
          found ->
              "Share "
                  + riskIds(found)
                  + ": let the lead or funder own "
                  + (found.size() == 1 ? "it" : "them")
                  + " or pay for the mitigation");

  /** A risk that comes from a shift of control and has no mitigation. */
  public static final Principle SHIFT_UNMITIGATED =
      overRisks(
          "RISK-SHIFT-UNMITIGATED",
          "A shift of control with no matching mitigation",
          "met: every risk that comes from a change in power has a mitigation; not met: one has none",
          p -> risks(p, r -> r.origin().isPresent() && r.mitigations().isEmpty()),
          (r, p) -> "; comes from: " + r.origin().orElseThrow(),
          "every risk from a change in power has a mitigation",
          "",
          found ->
              "Mitigate "
                  + riskIds(found)
                  + " as part of the change that causes "
                  + (found.size() == 1 ? "it" : "them"));

  /** Power or visibility in repressed or closed civic space without security support. */
  public static final Principle EXPOSED =
      Principle.of(
          "RISK-EXPOSED",
          "Power or visibility in repressed or closed civic space without security support",
          SOURCE + "; CIVICUS Monitor ratings",
          "met: every member with decision power or visibility in a repressed or closed civic space bears a security or safety"
              + " risk whose mitigation someone pays for; not met: one does not",
          (self, p, asOf) -> {
            boolean rated =
                p.members().stream()
                    .anyMatch(
                        m ->
                            m.organization()
                                .homeCountry()
                                .map(p.risks().civicSpace()::containsKey)
                                .orElse(false));
            if (!rated) {
              return self.notAssessable(
                  "civic space ratings (CIVICUS Monitor) of the members' home countries");
            }
            ImmutableList.Builder<String> evidence = ImmutableList.builder();
            ImmutableList.Builder<String> exposed = ImmutableList.builder();
            for (Membership m : p.members()) {
              exposure(p, m)
                  .ifPresent(
                      e -> {
                        evidence.addAll(e);
                        exposed.add(name(p, m.id()));
                      });
            }
            ImmutableList<String> names = exposed.build();
            if (names.isEmpty()) {
              return self.finding(
                  Status.MET,
                  ImmutableList.of(
                      "no member with power or visibility in repressed or closed civic space lacks security support"),
                  "");
            }
            return self.finding(
                Status.NOT_MET,
                evidence.build(),
                "Assess security risks with "
                    + String.join(", ", names)
                    + " and fund their mitigation before raising "
                    + (names.size() == 1 ? "its" : "their")
                    + " profile");
          });

  /** Returns the evidence that member {@code m} is exposed without security support, if it is. */
  private static Optional<ImmutableList<String>> exposure(Partnership p, Membership m) {
    Organization o = m.organization();
    Optional<CivicSpace> space = o.homeCountry().map(c -> p.risks().civicSpace().get(c));
    if (space.isEmpty() || !space.get().isRepressedOrClosed()) {
      return Optional.empty();
    }
    boolean visible = m.has(Role.LEAD) || m.has(Role.SECRETARIAT) || m.has(Role.LOBBY_PARTNER);
    boolean deciding = p.bodies().stream().anyMatch(b -> b.holdersWithPower().contains(o.id()));
    boolean supported =
        p.risks().risks().stream()
            .anyMatch(
                r ->
                    r.bearer().equals(o.id())
                        && (r.area() == RiskArea.SECURITY || r.area() == RiskArea.SAFETY)
                        && r.mitigations().stream().anyMatch(x -> x.fundedBy().isPresent()));
    if (!(visible || deciding) || supported) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableList.of(
            name(p, o.id())
                + " in "
                + o.homeCountry().orElseThrow().displayName()
                + " (civic space "
                + Texts.label(space.get())
                + ")",
            (deciding ? "holds decision power" : "")
                + (deciding && visible ? " and " : "")
                + (visible
                    ? "is visible as "
                        + m.roles().stream().map(Role::label).collect(Collectors.joining(", "))
                    : "")));
  }
}
