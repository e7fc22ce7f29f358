package dev.partnership.examples.cli;

import dev.partnership.examples.Alliances;
import dev.partnership.examples.PatSessionExample;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.GovernanceQueries;
import dev.partnership.model.Partnership;
import dev.partnership.report.PartnershipReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in alliances as a report: Count Me In! 2.0 with its PAT session, GPPAC, and FAIR - Even
 * It Up!.
 */
final class Builtins {
  private Builtins() {}

  /** Returns a report builder of the built-in alliances, their notes and one timeline. */
  static PartnershipReport.Builder report() {
    Partnership cmi = Alliances.countMeIn();
    Partnership gppac = Alliances.gppac();
    Partnership fair = Alliances.fair();
    PartnershipReport.Builder b =
        PartnershipReport.builder()
            .title(
                "Strategic partnerships in international advocacy: the Partos meet-up's alliances")
            .add(cmi)
            .add(gppac)
            .session(cmi.id(), PatSessionExample.session())
            .note(
                cmi.id(), "The PAT session's scores are illustrative (made up to show the method).")
            .note(cmi.id(), "Practice facts, risks and their scores are partly illustrative.")
            .note(
                gppac.id(),
                "The International Steering Group's decision rule and weights are illustrative:"
                    + " GPPAC's statutes are not modelled.")
            .note(gppac.id(), "Practice facts, risks and their scores are partly illustrative.")
            .add(fair)
            .note(
                fair.id(),
                "No funding flows: the shared IATI data holds no FAIR activity (see"
                    + " docs/research/fair.md for every fact's source).")
            .note(
                fair.id(),
                "Oxfam Novib as lead is the example's reading of \"Oxfam Novib's network\"; seven"
                    + " partners' organisation types are not public, so their locality is unknown.");
    // a two-step timeline of GPPAC's steering group until scenarios land: equal seats, then
    // international NGO seats weighing 5 with a two-thirds quota (illustrative)
    Partnership alt = gppac;
    for (int i = 1; i <= 3; i++) {
      alt =
          alt.with(
              GovernanceOperators.reweight(Alliances.ISG, Alliances.internationalNgo(i).id(), 5));
    }
    alt =
        alt.with(
            GovernanceOperators.changeRule(Alliances.ISG, DecisionRule.qualifiedMajority(2, 3)));
    List<String> steps =
        List.of("today (equal seats)", "INGO seats weigh 5, two-thirds quota (illustrative)");
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("regional representatives together (Shapley-Shubik, %)", new ArrayList<>());
    series.put("the other members together (Shapley-Shubik, %)", new ArrayList<>());
    for (Partnership state : List.of(gppac, alt)) {
      var ss = state.query(GovernanceQueries.power(Alliances.ISG, PowerMeasure.SHAPLEY_SHUBIK));
      Fraction regions = Fraction.ZERO;
      for (String r : Alliances.GPPAC_REGIONS) {
        regions = regions.add(ss.getOrDefault(Alliances.regionalNetwork(r).id(), Fraction.ZERO));
      }
      series
          .get("regional representatives together (Shapley-Shubik, %)")
          .add(100 * regions.doubleValue());
      series
          .get("the other members together (Shapley-Shubik, %)")
          .add(100 * (1 - regions.doubleValue()));
    }
    b.timeline("GPPAC's International Steering Group under two rules", steps, series);
    return b;
  }
}
