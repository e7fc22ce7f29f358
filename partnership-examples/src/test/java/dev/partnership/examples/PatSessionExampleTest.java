package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.OrganizationId;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import dev.partnership.report.AssessmentReport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The PAT session example: organisations and the partnership by name, never by identifier. */
class PatSessionExampleTest {

  private static final Partnership P = Alliances.countMeIn();
  private static final Assessment S = Alliances.countMeInSession();
  private static final Function<OrganizationId, String> NAME =
      id -> PatSessionExample.shortName(P, S, id);

  @Test
  void shortNamesComeFromTheMemberThenTheSessionThenTheId() {
    assertEquals("JASS", NAME.apply(Alliances.JASS.id()));
    assertEquals("Mama Cash", NAME.apply(Alliances.MAMA_CASH.id()));
    assertEquals("nobody-known", NAME.apply(OrganizationId.of("nobody-known")));
  }

  @Test
  void theSessionReportNamesThePartnershipAndEveryOrganisation() {
    String md = AssessmentReport.markdown(S, P);
    assertTrue(md.contains("- Partnership: Count Me In! 2.0 (2021-2025)\n"), md);
    assertTrue(md.contains("| Organisation | Type | Locality |\n|---|---|---|\n"), md);
    assertTrue(md.contains("| Just Associates (JASS) | International NGO | international |"), md);
    assertTrue(
        md.contains("| Decision | Area | Mama Cash | JASS | CREA | UAF | WO=MEN | Agreement |"),
        md);
    for (var o : S.organizations()) {
      // as a word: "crea" is in "increase"
      var asWord =
          java.util.regex.Pattern.compile(
              "(?<![\\w-])" + java.util.regex.Pattern.quote(o.id().value()) + "(?![\\w-])");
      assertFalse(asWord.matcher(md).find(), o.id() + " printed in\n" + md);
    }
    // without the partnership, the session's own reference to it is the identifier it holds
    assertTrue(AssessmentReport.markdown(S).contains("- Partnership: count-me-in-2\n"));
  }

  @Test
  void aSessionIsReportedOnlyWithItsOwnPartnership() {
    Partnership other = Partnership.builder().from(P).id("other").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AssessmentReport.markdown(S, other));
    assertEquals(
        "session of partnership count-me-in-2 must be reported with that partnership, not other",
        e.getMessage());
  }
}
