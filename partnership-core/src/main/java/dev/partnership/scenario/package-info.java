/**
 * Scenarios: a starting partnership plus dated, labelled steps (operators), replayed into a
 * timeline of states and the metrics users watch, with the power shift between any two points,
 * branches, parallel sweeps over a parameter and seeded random scenarios.
 *
 * <p>Most users need {@link dev.partnership.scenario.Scenario}, {@link
 * dev.partnership.scenario.Timeline} and {@link dev.partnership.scenario.Metrics}.
 *
 * <pre>{@code
 * var timeline = Scenario.start(gppac)
 *     .then("2022-01", "regions get more weight", GovernanceOperators.reweight("ISG", east, 2))
 *     .replay();
 * System.out.println(timeline.table());
 * }</pre>
 */
package dev.partnership.scenario;
