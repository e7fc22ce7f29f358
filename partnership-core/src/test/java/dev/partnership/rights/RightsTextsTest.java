package dev.partnership.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.actors.OrganizationId;
import dev.partnership.participation.Cell;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The rights' texts for people: each organisation named by the caller's function. */
class RightsTextsTest {

  private static final Decision BUDGET =
      Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);
  private static final OrganizationId ESA = OrganizationId.of("gppac-esa");
  private static final OrganizationId WA = OrganizationId.of("gppac-wa");
  private static final Function<OrganizationId, String> NAMES =
      id -> Map.of(ESA, "GPPAC ECA", WA, "WANEP").getOrDefault(id, id.value());

  @Test
  void decidersByNameAndByIdentifier() {
    Deciders d =
        new Deciders(
            BUDGET,
            Optional.of("ISG"),
            ImmutableMap.of(ESA, ParticipationLevel.DECIDES, WA, ParticipationLevel.CO_DECIDES),
            true);
    assertEquals(
        "budget allocation: body ISG; GPPAC ECA 4 decides, WANEP 3 co-decides (illustrative)",
        d.text(NAMES));
    assertEquals(
        "budget allocation: body ISG; gppac-esa 4 decides, gppac-wa 3 co-decides (illustrative)",
        d.toString());
    Deciders nobody = new Deciders(BUDGET, Optional.empty(), ImmutableMap.of());
    assertEquals("budget allocation: nobody recorded as deciding", nobody.text(id -> null));
  }

  @Test
  void aComparisonNamesItsOrganisation() {
    LevelComparison less =
        new LevelComparison(
            Cell.of("budget allocation", WA),
            Optional.of(ParticipationLevel.CONSULTED),
            Optional.of(ParticipationLevel.DECIDES));
    assertEquals(
        "budget allocation / WANEP: session 2 consulted, formally 4 decides (2 steps less in"
            + " practice)",
        less.text(NAMES));
    assertEquals(
        "budget allocation / gppac-wa: session 2 consulted, formally 4 decides (2 steps less in"
            + " practice)",
        less.toString());
    LevelComparison unscored =
        new LevelComparison(Cell.of("budget allocation", ESA), Optional.empty(), Optional.empty());
    assertEquals(
        "budget allocation / GPPAC ECA: session not scored, formally not recorded",
        unscored.text(NAMES));
    RightsComparison c =
        new RightsComparison(
            ImmutableList.of(less, unscored),
            ImmutableList.of("only here"),
            ImmutableList.of("only there", "and there"),
            ImmutableList.of(OrganizationId.of("outsider"), ESA));
    assertEquals(
        "1 of 1 comparable cells differ\n"
            + "  budget allocation / WANEP: session 2 consulted, formally 4 decides (2 steps less in"
            + " practice)\n"
            + "only in the session: only here\n"
            + "only in the decision rights: only there; and there\n"
            + "not members: outsider, GPPAC ECA",
        c.text(NAMES));
  }

  @Test
  void aNameFunctionThatGivesNoNameIsRefusedNamingTheOrganisation() {
    Deciders d =
        new Deciders(BUDGET, Optional.empty(), ImmutableMap.of(ESA, ParticipationLevel.DECIDES));
    NullPointerException e = assertThrows(NullPointerException.class, () -> d.text(id -> null));
    assertEquals("name of gppac-esa", e.getMessage());
    assertThrows(NullPointerException.class, () -> d.text(null));
    LevelComparison c = new LevelComparison(Cell.of("b", WA), Optional.empty(), Optional.empty());
    assertEquals(
        "name of gppac-wa",
        assertThrows(NullPointerException.class, () -> c.text(id -> null)).getMessage());
    RightsComparison r =
        new RightsComparison(
            ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(WA));
    assertEquals(
        "name of gppac-wa",
        assertThrows(NullPointerException.class, () -> r.text(id -> null)).getMessage());
    assertEquals(
        "0 of 0 comparable cells differ",
        new RightsComparison(
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of())
            .text(id -> null));
  }
}
