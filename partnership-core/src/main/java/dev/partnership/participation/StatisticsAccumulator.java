package dev.partnership.participation;

import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Locality;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The mutable accumulator behind {@link ParticipationRules#statistics()}; never escapes the collector. */
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

  StatisticsAccumulator add(Assessment a) {
    assessments++;
    scores += a.actual().size();
    byPurpose.merge(a.purpose(), 1L, Long::sum);
    for (CountryCode c : a.countries()) {
      byCountry.merge(c, 1L, Long::sum);
    }
    for (Decision d : a.decisions()) {
      decisionsByArea.merge(d.area(), 1L, Long::sum);
      if (a.agreementOn(d.name()) == Agreement.NO_AGREEMENT) {
        withoutAgreementByArea.merge(d.area(), 1L, Long::sum);
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
            gapSumByType.merge(o.type(), gap, Long::sum);
            gapCountByType.merge(o.type(), 1L, Long::sum);
            gapSumByLocality.merge(o.locality(), gap, Long::sum);
            gapCountByLocality.merge(o.locality(), 1L, Long::sum);
          }
        }
      }
    }
    return this;
  }

  StatisticsAccumulator addAll(AssessmentStatistics s) {
    assessments += s.assessments;
    scores += s.scores;
    s.byPurpose.forEach((k, v) -> byPurpose.merge(k, v, Long::sum));
    s.byCountry.forEach((k, v) -> byCountry.merge(k, v, Long::sum));
    s.decisionsByArea.forEach((k, v) -> decisionsByArea.merge(k, v, Long::sum));
    s.withoutAgreementByArea.forEach((k, v) -> withoutAgreementByArea.merge(k, v, Long::sum));
    s.gapSumByType.forEach((k, v) -> gapSumByType.merge(k, v, Long::sum));
    s.gapCountByType.forEach((k, v) -> gapCountByType.merge(k, v, Long::sum));
    s.gapSumByLocality.forEach((k, v) -> gapSumByLocality.merge(k, v, Long::sum));
    s.gapCountByLocality.forEach((k, v) -> gapCountByLocality.merge(k, v, Long::sum));
    return this;
  }

  StatisticsAccumulator merge(StatisticsAccumulator other) {
    return addAll(other.result());
  }

  AssessmentStatistics result() {
    return new AssessmentStatistics(this);
  }
}
