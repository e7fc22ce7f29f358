package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.partnership.actors.OrganizationId;
import dev.partnership.model.Partnership;
import dev.partnership.participation.Assessment;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link PatSessionExample#withNames}: only whole cells and line starts that are ids change. */
class PatSessionExampleTest {

  private static final Partnership P = Alliances.countMeIn();
  private static final Assessment S = Alliances.countMeInSession();
  private static final Function<OrganizationId, String> NAME =
      id -> PatSessionExample.shortName(P, S, id);

  private static String relabel(String report) {
    return PatSessionExample.withNames(report, P, S, NAME);
  }

  @Test
  void shortNamesComeFromTheMemberThenTheSessionThenTheId() {
    assertEquals("JASS", NAME.apply(Alliances.JASS.id()));
    assertEquals("Mama Cash", NAME.apply(Alliances.MAMA_CASH.id()));
    assertEquals("nobody-known", NAME.apply(OrganizationId.of("nobody-known")));
  }

  @Test
  void onlyWholeCellsAndLineStartsThatAreIdentifiersAreRenamed() {
    // "crea" inside a longer cell or after the start of a line is not an id cell
    assertEquals(
        "| crea board | CREA | x |\n- CREA decides alone: crea budget\n- About crea\n",
        relabel("| crea board | crea | x |\n- crea decides alone: crea budget\n- About crea\n"));
    assertEquals(
        "- UAF is excluded from: a; b", relabel("- urgent-action-fund is excluded from: a; b"));
    // the partnership line names the partnership; another partnership's id stays
    assertEquals(
        "- Partnership: Count Me In! 2.0 (2021-2025)\n- Partnership: other\n",
        relabel("- Partnership: count-me-in-2\n- Partnership: other\n"));
  }

  @Test
  void theOrganisationsTableLosesItsIdColumnAndKeepsRowsItCannotRead() {
    assertEquals(
        "| Organisation | Type | Locality |\n"
            + "|---|---|---|\n"
            + "| Just Associates (JASS) | International NGO | international |\n"
            + "| stranger | Someone | x | y |\n"
            + "| odd row |\n"
            + "\n",
        relabel(
            "| Id | Organisation | Type | Locality |\n"
                + "|---|---|---|---|\n"
                + "| US-EIN-06-1597-668 | Just Associates | International NGO | international |\n"
                + "| stranger | Someone | x | y |\n"
                + "| odd row |\n"
                + "\n"));
    assertEquals("", relabel(""));
  }
}
