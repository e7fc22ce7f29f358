package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.participation.Assessment;
import dev.partnership.participation.Sessions;
import org.junit.jupiter.api.Test;

/** Every public method of the model's aggregate and catalogues names a null argument. */
class ModelNullsTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Organization.class, OperatorTest.JASS)
        .setDefault(OrganizationId.class, OperatorTest.JASS.id())
        .setDefault(GoverningBody.class, OperatorTest.board())
        .setDefault(DecisionRule.class, DecisionRule.simpleMajority())
        .setDefault(Partnership.class, OperatorTest.alliance())
        .setDefault(Assessment.class, Sessions.session())
        .setDefault(Role.class, Role.MEMBER)
        .setDefault(String.class, "Board");
  }

  @Test
  void theAggregateAndEveryCatalogueNameANullArgument() {
    NullPointerTester npt = tester();
    npt.testAllPublicInstanceMethods(OperatorTest.alliance());
    npt.testAllPublicStaticMethods(PartnershipQueries.class);
    npt.testAllPublicStaticMethods(ParticipationQueries.class);
    npt.testAllPublicStaticMethods(Partnership.class);
    npt.testAllPublicStaticMethods(Membership.class);
    npt.testAllPublicInstanceMethods(Membership.of(OperatorTest.JASS, Role.MEMBER));
    npt.testAllPublicConstructors(OperatorNotApplicableException.class);
    npt.testAllPublicInstanceMethods(PartnershipQueries.lead());
  }

  @Test
  void anOperatorNotApplicableNamesItsOperatorAndReason() {
    OperatorNotApplicableException e =
        new OperatorNotApplicableException("leave(jass)", "jass is not a member of p");
    assertEquals("leave(jass) does not apply: jass is not a member of p", e.getMessage());
    assertEquals("leave(jass)", e.operator());
    assertEquals(
        "reason",
        assertThrows(
                NullPointerException.class,
                () -> new OperatorNotApplicableException("leave(jass)", null))
            .getMessage());
  }
}
