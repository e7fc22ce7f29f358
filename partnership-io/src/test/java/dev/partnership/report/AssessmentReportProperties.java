package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.actors.Organization;
import dev.partnership.participation.Decision;
import dev.partnership.participation.ParticipationGenerators;
import org.junit.jupiter.api.Test;

class AssessmentReportProperties {

  @Test
  void theReportContainsEveryDecisionAndOrganisation() {
    qt().forAll(ParticipationGenerators.assessments())
        .checkAssert(
            a -> {
              String report = AssessmentReport.markdown(a);
              for (Decision d : a.decisions()) {
                assertTrue(report.contains("| " + d.name() + " |"), d.name());
              }
              for (Organization o : a.organizations()) {
                // the organisations table names it (with its acronym), the matrix by short name
                assertTrue(report.contains("| " + o.name()), o.id().toString());
                assertTrue(report.contains(" " + o.shortName() + " |"), o.id().toString());
              }
            });
  }
}
