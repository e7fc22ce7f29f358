package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.Finding;
import dev.partnership.analysis.Lessons;
import dev.partnership.analysis.PrinciplesCheck;
import dev.partnership.model.DecisionRightsQueries;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The texts people read about the alliances name organisations, not identifiers. */
class TextsByNameTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private static Function<OrganizationId, String> shortNames(Partnership p) {
    return id -> p.member(id).map(m -> m.organization().shortName()).orElse(id.value());
  }

  @Test
  void countMeInsLessonFourNamesEveryMemberByNameAndAcronym() {
    Finding f = Lessons.FROM_THE_BEGINNING.check(Alliances.countMeIn(), AS_OF);
    assertEquals(
        "Involve Association for Women's Rights in Development (AWID), CREA, Just Associates"
            + " (JASS), Mama Cash, Netherlands Ministry of Foreign Affairs, Urgent Action Fund for"
            + " Women's Human Rights (UAF), Urgent Action Fund-Africa (UAF-Africa), WO=MEN Dutch"
            + " Gender Platform (WO=MEN) in the next design or redesign, and take time to know each"
            + " other",
        f.suggestion());
  }

  @Test
  void noFindingOfTheMeetupAlliancesPrintsAMemberIdentifier() {
    for (Partnership p : Alliances.documents()) {
      for (Finding f : PrinciplesCheck.run(p, Lessons.meetup(), AS_OF).findings()) {
        for (var m : p.members()) {
          // an identifier that is not also the name's own text
          String id = m.id().value();
          if (!m.organization().name().contains(id)) {
            assertFalse(f.text().contains(id), id + " in " + f.text());
          }
        }
      }
    }
  }

  @Test
  void decidersAndTheSessionComparisonReadByShortName() {
    Partnership p = Alliances.countMeIn();
    assertEquals(
        "consortium budget allocation: Mama Cash 4 decides (illustrative)",
        p.query(DecisionRightsQueries.whoDecides("consortium budget allocation"))
            .text(shortNames(p)));
    assertEquals(
        "consortium budget allocation: NL-KVK-41202535 4 decides (illustrative)",
        p.query(DecisionRightsQueries.whoDecides("consortium budget allocation")).toString());
    String comparison =
        p.query(DecisionRightsQueries.compareWith(Alliances.countMeInSession()))
            .text(shortNames(p));
    assertEquals(
        "9 of 19 comparable cells differ\n"
            + "  consortium budget allocation / JASS: session 1 informed, formally 2 consulted (1"
            + " step less in practice)",
        comparison.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
    assertEquals(
        "only in the decision rights: lobby messages to the Dutch government",
        comparison.lines().reduce((a, b) -> b).orElseThrow());
    // a name function that gives no name is refused, naming the organisation
    NullPointerException none =
        assertThrows(
            NullPointerException.class,
            () ->
                p.query(DecisionRightsQueries.whoDecides("consortium budget allocation"))
                    .text(id -> null));
    assertEquals("name of NL-KVK-41202535", none.getMessage());
  }

  @Test
  void theRegranterRoleIsSpelledAsTheTiersSpellIt() {
    assertEquals("re-granter", Role.REGRANTER.label());
    assertEquals("lobby partner", Role.LOBBY_PARTNER.label());
    assertEquals("lead", Role.LEAD.label());
  }
}
