package dev.partnership.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.model.Partnership;
import dev.partnership.scenario.RandomScenarios;
import dev.partnership.scenario.Scenario;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Laws of the scenario and question sections over random scenarios (RandomScenarios: admit, leave,
 * reweight, assign and revoke roles) of a small alliance whose lead has a hostile name.
 */
class ReportScenarioProperties {

  private static final Pattern HREF = Pattern.compile("href=\"#([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("id=\"([^\"]*)\"");

  private static String html(PartnershipReport r) {
    StringWriter w = new StringWriter();
    r.writeHtml(w);
    return w.toString();
  }

  private static PartnershipReport report(Partnership p, Scenario s) {
    return PartnershipReport.builder().add(p).scenario(p.id(), s).graphviz(false).build();
  }

  @Test
  void everyStateIsARowEveryLinkResolvesAndTheReportIsTheSameTwice() {
    qt().withExamples(25)
        .forAll(
            SourceDSL.integers().between(0, 25),
            SourceDSL.longs().all(),
            ReportEscapingProperties.hostileText())
        .checkAssert(
            (steps, seed, name) -> {
              Organization lead =
                  Organization.of(
                      "NL-KVK-1", name.isBlank() ? "x" : name, OrganizationType.NATIONAL_NGO, "NL");
              Partnership p = SmallAlliance.alliance(lead);
              Scenario s = RandomScenarios.generate(p, steps, seed);
              PartnershipReport r = report(p, s);
              ReportData d = new ReportData(r);
              Table timeline =
                  d.tables.stream()
                      .filter(t -> t.key.equals("scenario_timeline"))
                      .findFirst()
                      .orElseThrow();
              assertEquals(steps + 1, timeline.display.size());
              assertEquals((steps + 1) * (timeline.headers.size() - 3), timeline.data.size());
              for (Table t : d.tables) {
                for (var row : t.data) {
                  assertEquals(t.columns.size(), row.size(), t.key);
                }
              }
              String html = html(r);
              assertFalse(html.toLowerCase().contains("<script"));
              Set<String> ids = new HashSet<>();
              Matcher m = ID.matcher(html);
              while (m.find()) {
                ids.add(m.group(1));
              }
              Matcher h = HREF.matcher(html);
              while (h.find()) {
                assertTrue(ids.contains(h.group(1)), "dangling link #" + h.group(1));
              }
              assertEquals(html, html(report(p, s)), "the same report from the same scenario");
              assertEquals(4, d.questions.size());
              assertTrue(r.comparisonText().contains(p.name()));
            });
  }
}
