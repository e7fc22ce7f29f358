package dev.partnership.participation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * Statistics over many PAT sessions, built by streaming ({@link ParticipationRules#statistics()}):
 * counts by purpose and country, decisions by area and how often they lack agreement, and gap sums
 * by organisation type and locality. It holds counts and sums only, never the sessions.
 *
 * <p>Statistics combine: {@code of(a).combine(of(b))} equals the statistics of {@code a} and {@code
 * b} together, in any order and grouping. Counts and sums are exact {@code long}s: a combination
 * that would leave their range is refused, never wrapped around.
 *
 * <pre>{@code
 * AssessmentStatistics s = sessions.stream().collect(ParticipationRules.statistics());
 * s.areasMostOftenWithoutAgreement()    // [RESOURCES_AMONG_PARTNERS=2/3, ...]
 * s.meanGapByLocality()                 // {LOCAL_OR_NATIONAL=3/2, INTERNATIONAL=-1/2}
 * }</pre>
 */
public final class AssessmentStatistics {
  final long assessments;
  final long scores;
  final ImmutableMap<Purpose, Long> byPurpose;
  final ImmutableMap<CountryCode, Long> byCountry;
  final ImmutableMap<DecisionArea, Long> decisionsByArea;
  final ImmutableMap<DecisionArea, Long> withoutAgreementByArea;
  final ImmutableMap<OrganizationType, Long> gapSumByType;
  final ImmutableMap<OrganizationType, Long> gapCountByType;
  final ImmutableMap<Locality, Long> gapSumByLocality;
  final ImmutableMap<Locality, Long> gapCountByLocality;

  AssessmentStatistics(StatisticsAccumulator acc) {
    assessments = acc.assessments;
    scores = acc.scores;
    byPurpose = sorted(acc.byPurpose);
    byCountry = sorted(acc.byCountry);
    decisionsByArea = sorted(acc.decisionsByArea);
    withoutAgreementByArea = sorted(acc.withoutAgreementByArea);
    gapSumByType = sorted(acc.gapSumByType);
    gapCountByType = sorted(acc.gapCountByType);
    gapSumByLocality = sorted(acc.gapSumByLocality);
    gapCountByLocality = sorted(acc.gapCountByLocality);
  }

  private static <K extends Comparable<K>> ImmutableMap<K, Long> sorted(Map<K, Long> m) {
    return m.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .sorted(Map.Entry.comparingByKey())
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Returns the statistics of no session. */
  public static AssessmentStatistics empty() {
    return new StatisticsAccumulator().result();
  }

  /** Returns the statistics of one session. */
  public static AssessmentStatistics of(Assessment a) {
    return new StatisticsAccumulator().add(checkNotNull(a, "assessment")).result();
  }

  /**
   * Returns the statistics of this and {@code other} together.
   *
   * @throws IllegalArgumentException if a count or sum of the two together leaves the range of a
   *     {@code long} (the message names it); counts never wrap around
   */
  public AssessmentStatistics combine(AssessmentStatistics other) {
    checkNotNull(other, "other");
    return new StatisticsAccumulator().addAll(this).addAll(other).result();
  }

  /** Returns the number of sessions. */
  public long assessments() {
    return assessments;
  }

  /** Returns the number of scored cells (decision x organisation) over all sessions. */
  public long scores() {
    return scores;
  }

  /** Returns the number of sessions per purpose. */
  public ImmutableMap<Purpose, Long> byPurpose() {
    return byPurpose;
  }

  /**
   * Returns the number of sessions per country concerned (a session with two countries counts for
   * each).
   */
  public ImmutableMap<CountryCode, Long> byCountry() {
    return byCountry;
  }

  /** Returns the number of decisions per area. */
  public ImmutableMap<DecisionArea, Long> decisionsByArea() {
    return decisionsByArea;
  }

  /**
   * Returns the decision areas by the share of their decisions without agreement, highest first
   * (ties by area order); areas never without agreement are left out.
   */
  public ImmutableList<Map.Entry<DecisionArea, Fraction>> areasMostOftenWithoutAgreement() {
    return withoutAgreementByArea.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), Fraction.of(e.getValue(), decisionsByArea.get(e.getKey()))))
        .sorted(
            Comparator.<Map.Entry<DecisionArea, Fraction>, Fraction>comparing(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the mean gap (desired minus actual) per organisation type, over scored cells with a
   * desired level.
   */
  public ImmutableMap<OrganizationType, Fraction> meanGapByType() {
    return means(gapSumByType, gapCountByType);
  }

  /** Returns the mean gap per IASC locality. */
  public ImmutableMap<Locality, Fraction> meanGapByLocality() {
    return means(gapSumByLocality, gapCountByLocality);
  }

  private static <K> ImmutableMap<K, Fraction> means(
      ImmutableMap<K, Long> sums, ImmutableMap<K, Long> counts) {
    return counts.entrySet().stream()
        .collect(
            ImmutableMap.toImmutableMap(
                Map.Entry::getKey,
                e -> Fraction.of(sums.getOrDefault(e.getKey(), 0L), e.getValue())));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AssessmentStatistics)) {
      return false;
    }
    AssessmentStatistics s = (AssessmentStatistics) o;
    return assessments == s.assessments
        && scores == s.scores
        && byPurpose.equals(s.byPurpose)
        && byCountry.equals(s.byCountry)
        && decisionsByArea.equals(s.decisionsByArea)
        && withoutAgreementByArea.equals(s.withoutAgreementByArea)
        && gapSumByType.equals(s.gapSumByType)
        && gapCountByType.equals(s.gapCountByType)
        && gapSumByLocality.equals(s.gapSumByLocality)
        && gapCountByLocality.equals(s.gapCountByLocality);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        assessments,
        scores,
        byPurpose,
        byCountry,
        decisionsByArea,
        withoutAgreementByArea,
        gapSumByType,
        gapSumByLocality);
  }

  @Override
  public String toString() {
    return assessments
        + " sessions, "
        + scores
        + " scores; by purpose "
        + byPurpose
        + "; by country "
        + byCountry
        + "; areas without agreement "
        + areasMostOftenWithoutAgreement()
        + "; mean gap by locality "
        + meanGapByLocality();
  }
}
