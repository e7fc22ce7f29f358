package dev.partnership.participation;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The mutable accumulator behind {@link ParticipationRules#statistics()}; never escapes the
 * collector.
 *
 * <p>Every count and sum is added with {@link Math#addExact}: statistics combined past {@code
 * Long.MAX_VALUE} (e.g. a statistics value combined with itself 63 times) are refused with an
 * {@link IllegalArgumentException} that names the count, instead of wrapping around.
 */
final class StatisticsAccumulator {
  long assessments;
  long scores;
  final Map<Purpose, Long> byPurpose = new EnumMap<>(Purpose.class);
  final Map<CountryCode, Long> byCountry = new HashMap<>();
  final Map<DecisionArea, Long> decisionsByArea = new EnumMap<>(DecisionArea.class);
  final Map<DecisionArea, Long> withoutAgreementByArea = new EnumMap<>(DecisionArea.class);
  final Map<OrganizationType, Long> gapSumByType = new EnumMap<>(OrganizationType.class);
  final Map<OrganizationType, Long> gapCountByType = new EnumMap<>(OrganizationType.class);
  final Map<Locality, Long> gapSumByLocality = new EnumMap<>(Locality.class);
  final Map<Locality, Long> gapCountByLocality = new EnumMap<>(Locality.class);

  /**
   * Returns {@code a + b}.
   *
   * @throws IllegalArgumentException naming {@code field} if the sum leaves the range of a long
   */
  static long plus(String field, long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          field
              + " ("
              + a
              + " + "
              + b
              + ") must stay within the range of a long ["
              + Long.MIN_VALUE
              + ", "
              + Long.MAX_VALUE
              + "]");
    }
  }

  private static <K> void add(Map<K, Long> m, String field, K key, long value) {
    m.merge(key, value, (x, y) -> plus(field + " of " + key, x, y));
  }

  StatisticsAccumulator add(Assessment a) {
    assessments = plus("assessments", assessments, 1);
    scores = plus("scores", scores, a.actual().size());
    add(byPurpose, "sessions", a.purpose(), 1L);
    for (CountryCode c : a.countries()) {
      add(byCountry, "sessions", c, 1L);
    }
    for (Decision d : a.decisions()) {
      add(decisionsByArea, "decisions", d.area(), 1L);
      if (a.agreementOn(d.name()) == Agreement.NO_AGREEMENT) {
        add(withoutAgreementByArea, "decisions without agreement", d.area(), 1L);
      }
    }
    if (!a.desired().isEmpty()) {
      for (Organization o : a.organizations()) {
        for (Decision d : a.decisions()) {
          Cell c = Cell.of(d.name(), o.id());
          ParticipationLevel want = a.desired().get(c);
          ParticipationLevel have = a.actual().get(c);
          if (want != null && have != null) {
            long gap = want.score() - have.score();
            add(gapSumByType, "gap sum", o.type(), gap);
            add(gapCountByType, "gap count", o.type(), 1L);
            add(gapSumByLocality, "gap sum", o.locality(), gap);
            add(gapCountByLocality, "gap count", o.locality(), 1L);
          }
        }
      }
    }
    return this;
  }

  StatisticsAccumulator addAll(AssessmentStatistics s) {
    assessments = plus("assessments", assessments, s.assessments);
    scores = plus("scores", scores, s.scores);
    s.byPurpose.forEach((k, v) -> add(byPurpose, "sessions", k, v));
    s.byCountry.forEach((k, v) -> add(byCountry, "sessions", k, v));
    s.decisionsByArea.forEach((k, v) -> add(decisionsByArea, "decisions", k, v));
    s.withoutAgreementByArea.forEach(
        (k, v) -> add(withoutAgreementByArea, "decisions without agreement", k, v));
    s.gapSumByType.forEach((k, v) -> add(gapSumByType, "gap sum", k, v));
    s.gapCountByType.forEach((k, v) -> add(gapCountByType, "gap count", k, v));
    s.gapSumByLocality.forEach((k, v) -> add(gapSumByLocality, "gap sum", k, v));
    s.gapCountByLocality.forEach((k, v) -> add(gapCountByLocality, "gap count", k, v));
    return this;
  }

  StatisticsAccumulator merge(StatisticsAccumulator other) {
    return addAll(other.result());
  }

  AssessmentStatistics result() {
    return new AssessmentStatistics(this);
  }
}
