package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.participation.Cell;
import dev.partnership.participation.ParticipationGenerators;
import dev.partnership.participation.ParticipationLevel;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChartsProperties {

  @Test
  void everyPatHeatMapIsXmlAndMarksEveryGap() {
    qt().withExamples(30)
        .forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              String svg = Charts.patHeatMap(a);
              try {
                PartnershipReportTest.parse(svg);
              } catch (Exception e) {
                throw new AssertionError("not XML: " + e.getMessage(), e);
              }
              for (Map.Entry<Cell, ParticipationLevel> d : a.desired().entrySet()) {
                Optional<ParticipationLevel> actual = a.actualIn(d.getKey());
                boolean onChart =
                    a.decision(d.getKey().decision()).isPresent()
                        && a.organization(d.getKey().organization()).isPresent();
                if (onChart && (actual.isEmpty() || d.getValue().score() > actual.get().score())) {
                  String mark =
                      actual.map(l -> Integer.toString(l.score())).orElse("\u2013")
                          + " \u2192 "
                          + d.getValue().score()
                          + " (gap)";
                  assertTrue(svg.contains(mark), mark);
                }
              }
            });
  }
}
