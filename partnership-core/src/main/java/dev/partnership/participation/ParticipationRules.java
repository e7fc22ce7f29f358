package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.internal.Texts;
import dev.partnership.math.Concentration;
import dev.partnership.math.Fraction;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * The rules over PAT sessions: gaps, decisions needing change, who decides what, exclusive
 * decisions of funders and leads, concentration of decision power, the locality split, progress
 * between two sessions, and streaming statistics over many sessions.
 *
 * <p>Cells marked not scored are never guessed: rules skip them and {@link #unscoredGaps} lists the
 * desired levels that cannot be compared for that reason.
 *
 * <pre>{@code
 * ParticipationRules.gaps(session)
 * ParticipationRules.decidesAlone(session)
 * sessions.stream().collect(ParticipationRules.statistics())
 * }</pre>
 */
public final class ParticipationRules {
  private ParticipationRules() {}

  /**
   * Returns the gaps (desired minus actual) of every cell with a desired level and a score, in
   * decision and organisation order.
   */
  public static ImmutableList<Gap> gaps(Assessment a) {
    checkNotNull(a, "assessment");
    ImmutableList.Builder<Gap> out = ImmutableList.builder();
    forEachCell(
        a,
        c -> {
          ParticipationLevel d = a.desired().get(c);
          ParticipationLevel x = a.actual().get(c);
          if (d != null && x != null) {
            out.add(new Gap(c, x, d));
          }
        });
    return out.build();
  }

  /** Returns the cells with a desired level whose actual level was not scored. */
  public static ImmutableList<Cell> unscoredGaps(Assessment a) {
    checkNotNull(a, "assessment");
    ImmutableList.Builder<Cell> out = ImmutableList.builder();
    forEachCell(
        a,
        c -> {
          if (a.desired().containsKey(c) && !a.actual().containsKey(c)) {
            out.add(c);
          }
        });
    return out.build();
  }

  /**
   * Returns the decisions without agreement where some desired level differs from the actual one
   * (or cannot be compared).
   */
  public static ImmutableList<Decision> decisionsNeedingChange(Assessment a) {
    checkNotNull(a, "assessment");
    Set<String> changing = new HashSet<>();
    gaps(a).stream().filter(g -> g.delta() != 0).forEach(g -> changing.add(g.cell().decision()));
    unscoredGaps(a).forEach(c -> changing.add(c.decision()));
    return a.decisions().stream()
        .filter(d -> changing.contains(d.name()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns, per organisation, the decisions it decides alone: it is at {@link
   * ParticipationLevel#DECIDES} and no other organisation co-decides or decides.
   */
  public static ImmutableMap<OrganizationId, ImmutableList<String>> decidesAlone(Assessment a) {
    checkNotNull(a, "assessment");
    Map<OrganizationId, ImmutableList.Builder<String>> m = new LinkedHashMap<>();
    for (Decision d : a.decisions()) {
      List<OrganizationId> top =
          a.organizations().stream()
              .map(Organization::id)
              .filter(
                  o ->
                      a.actual()
                              .getOrDefault(Cell.of(d.name(), o), ParticipationLevel.NOT_INFORMED)
                              .compareTo(ParticipationLevel.CO_DECIDES)
                          >= 0)
              .collect(ImmutableList.toImmutableList());
      if (top.size() == 1
          && a.actual().get(Cell.of(d.name(), top.get(0))) == ParticipationLevel.DECIDES) {
        m.computeIfAbsent(top.get(0), k -> ImmutableList.builder()).add(d.name());
      }
    }
    return build(m);
  }

  /** Returns, per organisation, the decisions it is excluded from (scored 0, not informed). */
  public static ImmutableMap<OrganizationId, ImmutableList<String>> excluded(Assessment a) {
    checkNotNull(a, "assessment");
    Map<OrganizationId, ImmutableList.Builder<String>> m = new LinkedHashMap<>();
    forEachCell(
        a,
        c -> {
          if (a.actual().get(c) == ParticipationLevel.NOT_INFORMED) {
            m.computeIfAbsent(c.organization(), k -> ImmutableList.builder()).add(c.decision());
          }
        });
    return build(m);
  }

  /**
   * Returns the decisions where one of {@code powerHolders} (the funders and the lead) decides
   * alone while every local or national organisation scored for it is informed or excluded.
   */
  public static ImmutableList<ExclusiveDecision> exclusiveDecisions(
      Assessment a, Set<OrganizationId> powerHolders) {
    checkNotNull(a, "assessment");
    checkNotNull(powerHolders, "powerHolders");
    powerHolders.forEach(
        h -> checkNotNull(h, "powerHolders (%s) must not hold null", powerHolders));
    ImmutableMap<OrganizationId, ImmutableList<String>> alone = decidesAlone(a);
    ImmutableList.Builder<ExclusiveDecision> out = ImmutableList.builder();
    for (Decision d : a.decisions()) {
      for (OrganizationId holder : powerHolders) {
        if (alone.getOrDefault(holder, ImmutableList.of()).contains(d.name())) {
          ImmutableList<OrganizationId> locals =
              a.organizations().stream()
                  .filter(Organization::isLocalOrNational)
                  .map(Organization::id)
                  .filter(o -> a.actual().containsKey(Cell.of(d.name(), o)))
                  .collect(ImmutableList.toImmutableList());
          boolean sidelined =
              !locals.isEmpty()
                  && locals.stream()
                      .allMatch(
                          o ->
                              a.actual()
                                      .get(Cell.of(d.name(), o))
                                      .compareTo(ParticipationLevel.INFORMED)
                                  <= 0);
          if (sidelined) {
            out.add(new ExclusiveDecision(d.name(), holder, locals));
          }
        }
      }
    }
    return out.build();
  }

  /**
   * Returns the concentration of decision power in one decision: HHI and Gini over the scored
   * organisations' levels (0 to 4); empty when nobody scored above 0.
   *
   * @throws IllegalArgumentException if the decision is not listed
   */
  public static Optional<Concentration> concentration(Assessment a, String decision) {
    checkNotNull(a, "assessment");
    checkListed(a, decision);
    long[] levels =
        a.organizations().stream()
            .map(o -> a.actual().get(Cell.of(decision, o.id())))
            .filter(Objects::nonNull)
            .mapToLong(ParticipationLevel::score)
            .toArray();
    return levels.length == 0 || Arrays.stream(levels).sum() == 0
        ? Optional.empty()
        : Optional.of(Concentration.ofLongs(levels));
  }

  /**
   * Returns the concentration over all decisions: each organisation's summed levels; empty when all
   * are 0.
   */
  public static Optional<Concentration> overallConcentration(Assessment a) {
    checkNotNull(a, "assessment");
    long[] sums = new long[a.organizations().size()];
    for (int i = 0; i < sums.length; i++) {
      OrganizationId o = a.organizations().get(i).id();
      for (Decision d : a.decisions()) {
        ParticipationLevel l = a.actual().get(Cell.of(d.name(), o));
        sums[i] += l == null ? 0 : l.score();
      }
    }
    return Arrays.stream(sums).sum() == 0
        ? Optional.empty()
        : Optional.of(Concentration.ofLongs(sums));
  }

  /**
   * Returns the mean level of local and national actors and of international actors over all scored
   * cells; cells of organisations whose locality is unknown are counted apart, in neither mean.
   */
  public static LocalitySplit localitySplit(Assessment a) {
    checkNotNull(a, "assessment");
    return split(a, d -> true);
  }

  /**
   * Returns the locality split for one decision.
   *
   * @throws IllegalArgumentException if the decision is not listed
   */
  public static LocalitySplit localitySplit(Assessment a, String decision) {
    checkNotNull(a, "assessment");
    checkListed(a, decision);
    return split(a, d -> d.equals(decision));
  }

  /** Refuses a decision the session does not list, with the one wording of that rule. */
  private static void checkListed(Assessment a, String decision) {
    checkNotNull(decision, "decision");
    if (a.decision(decision).isEmpty()) {
      throw new IllegalArgumentException(
          "decision (" + Texts.shortly(decision) + ") must be listed in " + a);
    }
  }

  /**
   * Sums levels per locality (0 local or national, 1 international, 2 unknown: in neither mean).
   */
  private static LocalitySplit split(Assessment a, Predicate<String> decisions) {
    long[] sum = new long[3];
    long[] count = new long[3];
    for (Organization o : a.organizations()) {
      Locality locality = o.locality();
      int k =
          locality == Locality.LOCAL_OR_NATIONAL ? 0 : locality == Locality.INTERNATIONAL ? 1 : 2;
      for (Decision d : a.decisions()) {
        ParticipationLevel l = a.actual().get(Cell.of(d.name(), o.id()));
        if (l != null && decisions.test(d.name())) {
          sum[k] += l.score();
          count[k]++;
        }
      }
    }
    return new LocalitySplit(mean(sum[0], count[0]), mean(sum[1], count[1]), count[2]);
  }

  private static Optional<Fraction> mean(long sum, long count) {
    return count == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, count));
  }

  /**
   * Returns what changed from {@code before} to {@code after}: cells scored in both whose level
   * rose or fell, decisions resolved (no agreement before, agreement after), and the changes that
   * followed each of the earlier session's actions.
   *
   * @throws IllegalArgumentException if the sessions are tied to different partnerships, or the
   *     later one is dated before the earlier one
   */
  public static Progress progress(Assessment before, Assessment after) {
    checkNotNull(before, "before");
    checkNotNull(after, "after");
    if (!before.partnershipId().equals(after.partnershipId())) {
      throw new IllegalArgumentException(
          "partnership ("
              + before.partnershipId().orElse("none")
              + " vs "
              + after.partnershipId().orElse("none")
              + ") must be the same for two sessions compared");
    }
    if (after.date().isBefore(before.date())) {
      throw new IllegalArgumentException(
          "date (" + after.date() + ") of the later session must not be before " + before.date());
    }
    ImmutableList.Builder<LevelChange> rose = ImmutableList.builder();
    ImmutableList.Builder<LevelChange> fell = ImmutableList.builder();
    ImmutableListMultimap.Builder<Action, LevelChange> byAction = ImmutableListMultimap.builder();
    ImmutableListMultimap<String, Action> actionsByDecision =
        Multimaps.index(before.actions(), Action::decision);
    forEachCell(
        before,
        c -> {
          ParticipationLevel x = before.actual().get(c);
          ParticipationLevel y = after.actual().get(c);
          if (x != null && y != null && x != y) {
            LevelChange ch = new LevelChange(c, x, y);
            (ch.rose() ? rose : fell).add(ch);
            for (Action act : actionsByDecision.get(c.decision())) {
              byAction.put(act, ch);
            }
          }
        });
    ImmutableList<String> resolved =
        before.decisions().stream()
            .map(Decision::name)
            .filter(
                d ->
                    before.agreementOn(d) == Agreement.NO_AGREEMENT
                        && after.decision(d).isPresent()
                        && after.agreementOn(d) == Agreement.AGREE)
            .collect(ImmutableList.toImmutableList());
    return new Progress(rose.build(), fell.build(), resolved, byAction.build());
  }

  /**
   * Returns a collector that aggregates assessments one at a time, holding only counts and sums,
   * never the assessments: {@code stream.collect(statistics())}. It works on parallel streams.
   */
  public static Collector<Assessment, ?, AssessmentStatistics> statistics() {
    return Collector.of(
        StatisticsAccumulator::new,
        StatisticsAccumulator::add,
        StatisticsAccumulator::merge,
        StatisticsAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  static void forEachCell(Assessment a, Consumer<Cell> f) {
    for (Decision d : a.decisions()) {
      for (Organization o : a.organizations()) {
        f.accept(Cell.of(d.name(), o.id()));
      }
    }
  }

  private static ImmutableMap<OrganizationId, ImmutableList<String>> build(
      Map<OrganizationId, ImmutableList.Builder<String>> m) {
    ImmutableMap.Builder<OrganizationId, ImmutableList<String>> b = ImmutableMap.builder();
    m.forEach((k, v) -> b.put(k, v.build()));
    return b.build();
  }
}
