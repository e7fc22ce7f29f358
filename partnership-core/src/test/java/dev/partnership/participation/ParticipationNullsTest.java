package dev.partnership.participation;

import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OrganizationId;
import org.junit.jupiter.api.Test;

/** Every public method of the PAT values names a null argument. */
class ParticipationNullsTest {

  @Test
  void sessionsStatisticsAndLadderNameANullArgument() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Assessment.class, Sessions.session())
            .setDefault(OrganizationId.class, Sessions.LEAD.id())
            .setDefault(Cell.class, Cell.of(Sessions.FUND, Sessions.LEAD.id()))
            .setDefault(String.class, Sessions.FUND);
    npt.testAllPublicInstanceMethods(Sessions.session());
    npt.testAllPublicStaticMethods(Assessment.class);
    npt.testAllPublicStaticMethods(ParticipationLevel.class);
    npt.testAllPublicInstanceMethods(ParticipationLevel.CONSULTED);
    npt.testAllPublicStaticMethods(AssessmentStatistics.class);
    npt.testAllPublicInstanceMethods(AssessmentStatistics.of(Sessions.session()));
    npt.testAllPublicStaticMethods(Action.class);
    npt.testAllPublicStaticMethods(Decision.class);
  }
}
