package dev.partnership.examples;

import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.LocalityDefinition;
import dev.partnership.actors.OrganizationId;
import dev.partnership.analysis.PowerShift;
import dev.partnership.governance.PowerMeasure;
import dev.partnership.math.Fraction;
import dev.partnership.model.GovernanceQueries;
import dev.partnership.participation.Decision;
import dev.partnership.participation.DecisionArea;
import dev.partnership.participation.ParticipationLevel;
import dev.partnership.scenario.Metric;
import dev.partnership.scenario.Replay;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Timeline;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Replays an illustrative scenario for GPPAC ({@link Alliances#gppacScenario()}, read from the
 * document {@code gppac-scenario.yaml}, starting at {@link Alliances#gppac()}) and prints its
 * timeline and the shift of power, money and roles from the start to the end, by organisation name,
 * with each movement named horizontal or vertical.
 *
 * <p>The steps and their dates are made up (illustrative), not GPPAC's history: the regional
 * representatives get double weight in the International Steering Group; budget allocation among
 * partners is delegated to the regional networks; a flexible budget line of 10% that the regional
 * networks may move is added; the security risk R1 (surveillance and harassment of peacebuilders)
 * gets a mitigation that the Global Secretariat pays for.
 *
 * <p>Run it with {@code mvn -q -pl partnership-examples -am test-compile exec:java
 * -Dexec.mainClass=dev.partnership.examples.GppacScenarioExample}.
 */
public final class GppacScenarioExample {
  private GppacScenarioExample() {}

  /**
   * Prints the timeline of the scenario and the shift from its start to its end.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The decision whose rights the scenario delegates. */
  static final Decision BUDGET =
      Decision.of("budget allocation", DecisionArea.RESOURCES_AMONG_PARTNERS);

  /**
   * Returns the illustrative GPPAC scenario, read from its document ({@link
   * Alliances#gppacScenario()}).
   */
  static Scenario scenario() {
    return Alliances.gppacScenario();
  }

  /** A user metric: the regional networks' summed Banzhaf power in the steering group. */
  static final Metric REGIONAL_POWER =
      Metric.of(
          "regional networks' power in the ISG",
          p ->
              p
                  .query(GovernanceQueries.power(Alliances.ISG, PowerMeasure.BANZHAF))
                  .entrySet()
                  .stream()
                  .filter(e -> regions().contains(e.getKey()))
                  .map(Map.Entry::getValue)
                  .reduce(Fraction.ZERO, Fraction::add));

  /** A user metric: how many members decide the budget allocation. */
  static final Metric BUDGET_DECIDERS =
      Metric.of(
          "members deciding the budget",
          p ->
              p.decisionRights().rights().stream()
                  .filter(r -> r.name().equals(BUDGET.name()))
                  .flatMap(r -> r.levels().values().stream())
                  .filter(level -> level == ParticipationLevel.DECIDES)
                  .count());

  static List<OrganizationId> regions() {
    return Alliances.GPPAC_REGIONS.stream().map(r -> Alliances.regionalNetwork(r).id()).toList();
  }

  static void print(PrintStream out) {
    Timeline t =
        scenario().replay(Replay.stopping().withMetric(REGIONAL_POWER).withMetric(BUDGET_DECIDERS));
    out.println("# An illustrative scenario for GPPAC (steps and dates made up)");
    out.println();
    out.println(t.table());
    PowerShift.Options regional =
        PowerShift.Options.defaults()
            .withLocality(LocalityDefinition.IASC_WITH_REGIONAL, AidRecipients.dac2024to2025());
    out.println("## Who gained and who lost, from the start to the end");
    out.println();
    out.println(t.shift(0, t.size() - 1, regional).summary());
  }
}
