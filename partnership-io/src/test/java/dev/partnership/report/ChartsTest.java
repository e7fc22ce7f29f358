package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void powerBarsDrawHostileNamesAsText() throws Exception {
    Partnership p = ReportFixtures.hostile();
    String svg = Charts.powerBars(p, p.bodies().get(0));
    assertTrue(svg.startsWith("<svg"));
    PartnershipReportTest.parse(svg);
    assertFalse(svg.contains("<script"));
    assertTrue(System.getProperty("java.awt.headless").equals("true"));
  }

  @Test
  void aLargeBodyShowsItsMostPowerfulMembersAndSaysSo() throws Exception {
    Partnership.Builder b =
        Partnership.builder().id("big").name("Big").form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Organization o =
          Organization.of("KE-NGO-" + i, "Member " + i, OrganizationType.REGIONAL_NGO, "KE");
      b.addMembers(Membership.of(o, Role.MEMBER));
      seats.add(Seat.of(o.id(), 1 + i % 3));
    }
    Partnership p =
        b.addBodies(
                GoverningBody.of(
                    "Assembly",
                    BodyType.ASSEMBLY,
                    DecisionRule.simpleMajority(),
                    seats.toArray(Seat[]::new)))
            .build();
    String svg = Charts.powerBars(p, p.bodies().get(0));
    PartnershipReportTest.parse(svg);
    assertTrue(svg.contains("the 40 largest of 60"), "the title says what is left out");
  }

  @Test
  void timelineDrawsEverySeries() throws Exception {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("local share " + ReportFixtures.SCRIPT, List.of(0.1, 0.2, 0.35));
    series.put("lead's power", List.of(0.6, 0.5, 0.4));
    String svg = Charts.timeline("Shift", List.of("before", "before", "after"), series);
    PartnershipReportTest.parse(svg);
    assertTrue(svg.contains("before (2)"), "repeated step labels stay apart");
  }

  @Test
  void timelineRefusesRaggedAndNonFiniteSeries() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Charts.timeline("t", List.of("a", "b"), Map.of("m", List.of(1.0))));
    assertEquals("series m has 1 values; must have one per step (2)", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Charts.timeline("t", List.of("a"), Map.of("m", List.of(Double.POSITIVE_INFINITY))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Charts.timeline("t", List.of("a"), Map.of("m", Arrays.asList((Double) null))));
    assertThrows(
        NullPointerException.class, () -> Charts.timeline("t", Arrays.asList("a", null), Map.of()));
  }

  @Test
  void anEmptyTimelineStillDraws() throws Exception {
    PartnershipReportTest.parse(Charts.timeline("nothing yet", List.of(), Map.of()));
  }

  @Test
  void shortenCutsLongNamesToOneLine() {
    assertEquals("ab\u2026", Charts.shorten("abcdef", 3));
    assertEquals("a b", Charts.shorten("a\nb", 10));
  }
}
