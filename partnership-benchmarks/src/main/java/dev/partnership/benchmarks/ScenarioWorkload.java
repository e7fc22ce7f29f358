package dev.partnership.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.BodyType;
import dev.partnership.governance.DecisionRule;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.Role;
import dev.partnership.scenario.Scenario;
import dev.partnership.scenario.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay workload: a partnership of 1,000 members (illustrative) with a board of 20 seats, and
 * a scenario of simple steps in a fixed cycle: admit a newcomer, reweight a board seat, let the
 * newcomer leave. Every step applies and the partnership keeps 1,000 or 1,001 members.
 */
final class ScenarioWorkload {
  private ScenarioWorkload() {}

  static final int MEMBERS = 1_000;
  static final int SEATS = 20;
  static final String BOARD = "Board";

  static Partnership start() {
    return start(MEMBERS);
  }

  /** Returns the workload's partnership with {@code members} members (at least {@code SEATS}). */
  static Partnership start(int members) {
    Partnership.Builder b =
        Partnership.builder()
            .id("bench")
            .name("Benchmark partnership (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    GoverningBody.Builder board =
        GoverningBody.builder()
            .name(BOARD)
            .type(BodyType.BOARD)
            .rule(DecisionRule.simpleMajority());
    for (int i = 0; i < members; i++) {
      Organization o =
          Organization.of(
              "m-" + i,
              "Member " + i + " (illustrative)",
              i % 3 == 0 ? OrganizationType.INTERNATIONAL_NGO : OrganizationType.NATIONAL_NGO,
              i % 3 == 0 ? "NL" : "KE");
      b.addMember(Membership.of(o, Role.MEMBER));
      if (i < SEATS) {
        board.addSeat(Seat.of(o.id()));
      }
    }
    return b.addBody(board.build()).build();
  }

  /** Returns {@code steps} steps of the cycle admit, reweight, leave. */
  static Scenario scenario(Partnership start, int steps) {
    List<Step> out = new ArrayList<>(steps);
    long[] weights = new long[SEATS];
    java.util.Arrays.fill(weights, 1);
    LocalDate day = LocalDate.of(2020, 1, 1);
    int newcomer = 0;
    for (int i = 0; i < steps; i++) {
      LocalDate date = day.plusDays(i / 3);
      switch (i % 3) {
        case 0 -> {
          newcomer++;
          Organization o =
              Organization.of(
                  "n-" + newcomer,
                  "Newcomer " + newcomer + " (illustrative)",
                  OrganizationType.NATIONAL_NGO,
                  "GH");
          out.add(Step.of(date, "admit " + newcomer, PartnershipOperators.admit(o, Role.MEMBER)));
        }
        case 1 -> {
          int seat = (i / 3) % SEATS;
          weights[seat] = weights[seat] % 5 + 1;
          out.add(
              Step.of(
                  date,
                  "reweight " + seat,
                  GovernanceOperators.reweight(
                      BOARD, start.members().get(seat).id(), weights[seat])));
        }
        default ->
            out.add(
                Step.of(
                    date,
                    "leave " + newcomer,
                    PartnershipOperators.leave(
                        dev.partnership.actors.OrganizationId.of("n-" + newcomer))));
      }
    }
    return Scenario.of(start, ImmutableList.copyOf(out));
  }

  /**
   * The copying baseline: every state kept as a partnership (each state's members share all but
   * O(log n) tree nodes with the state before it).
   */
  static List<Partnership> replayCopying(Scenario s) {
    List<Partnership> states = new ArrayList<>(s.size() + 1);
    Partnership p = s.start();
    states.add(p);
    for (Step step : s.steps()) {
      for (var op : step.operators()) {
        p = op.apply(p);
      }
      states.add(p);
    }
    return states;
  }
}
