package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import dev.partnership.governance.GoverningBody;
import dev.partnership.governance.Seat;
import dev.partnership.internal.Checks;
import dev.partnership.model.GovernanceOperators;
import dev.partnership.model.Membership;
import dev.partnership.model.OperatorNotApplicableException;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipOperator;
import dev.partnership.model.PartnershipOperators;
import dev.partnership.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random scenarios for exploring, reproducible from a seed: every step is a simple operator (admit,
 * leave, reweight a seat, assign or revoke a role) that applies to the state it meets. The same
 * start, number of steps and seed give the same scenario; the randomness comes only from the {@link
 * SplittableRandom} made from the seed, and the rules draw none.
 *
 * <p>Step {@code i} is dated {@code 2020-01-01} plus {@code i} days and labelled {@code "random
 * step i"}; admitted organisations are called {@code "Random member n (illustrative)"}.
 *
 * <pre>{@code
 * var s = RandomScenarios.generate(gppac, 50, 42L);
 * s.equals(RandomScenarios.generate(gppac, 50, 42L))   // true
 * s.replay().table()
 * }</pre>
 */
public final class RandomScenarios {
  private RandomScenarios() {}

  /** The most steps one scenario may have. */
  public static final int MAX_STEPS = 10_000_000;

  /** How many operators are drawn for a step before the generator gives up. */
  static final int DRAWS_PER_STEP = 64;

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final OrganizationType[] TYPES = {
    OrganizationType.NATIONAL_NGO,
    OrganizationType.INTERNATIONAL_NGO,
    OrganizationType.COMMUNITY_GROUP,
    OrganizationType.REGIONAL_NGO
  };
  private static final String[] COUNTRIES = {"KE", "GH", "NL", "PH", "CO", "US"};
  private static final Role[] ROLES = {
    Role.MEMBER, Role.IMPLEMENTING_PARTNER, Role.LOCAL_GROUP, Role.LOBBY_PARTNER, Role.REGRANTER
  };

  /**
   * Returns a random scenario of {@code steps} applicable steps from {@code start}.
   *
   * @throws IllegalArgumentException if {@code steps} is not in [0, {@value #MAX_STEPS}], or if no
   *     applicable operator was found for a step in 64 draws (a bilateral partnership whose members
   *     hold every role, for instance)
   */
  public static Scenario generate(Partnership start, int steps, long seed) {
    checkNotNull(start, "start");
    Checks.checkField(
        steps >= 0 && steps <= MAX_STEPS, "steps", steps, "must be in [0, " + MAX_STEPS + "]");
    SplittableRandom random = new SplittableRandom(seed);
    List<Step> out = new ArrayList<>(steps);
    Partnership p = start;
    int admitted = 0;
    for (int i = 1; i <= steps; i++) {
      Partnership next = null;
      for (int draw = 0; draw < DRAWS_PER_STEP && next == null; draw++) {
        PartnershipOperator op;
        int kind = random.nextInt(5);
        if (kind == 0) {
          admitted++;
          op = PartnershipOperators.admit(newcomer(random, admitted), ROLES[0]);
        } else if (kind == 1) {
          op = PartnershipOperators.leave(memberOf(p, random).id());
        } else if (kind == 2 && !p.bodies().isEmpty()) {
          GoverningBody b = p.bodies().get(random.nextInt(p.bodies().size()));
          if (b.seats().isEmpty()) {
            continue;
          }
          Seat s = b.seats().get(random.nextInt(b.seats().size()));
          op = GovernanceOperators.reweight(b.name(), s.holder(), 1 + random.nextInt(5));
        } else if (kind == 3) {
          op = PartnershipOperators.assignRole(memberOf(p, random).id(), role(random));
        } else {
          op = PartnershipOperators.revokeRole(memberOf(p, random).id(), role(random));
        }
        try {
          next = op.apply(p);
          out.add(Step.of(FIRST_DAY.plusDays(i), "random step " + i, op));
        } catch (OperatorNotApplicableException e) {
          next = null;
        }
      }
      Checks.checkField(
          next != null,
          "step " + i + " from seed " + seed,
          p.id(),
          "found no applicable operator in " + DRAWS_PER_STEP + " draws");
      p = next;
    }
    return Scenario.of(start, ImmutableList.copyOf(out));
  }

  private static Membership memberOf(Partnership p, SplittableRandom random) {
    return p.members().get(random.nextInt(p.members().size()));
  }

  private static Role role(SplittableRandom random) {
    return ROLES[random.nextInt(ROLES.length)];
  }

  private static Organization newcomer(SplittableRandom random, int n) {
    return Organization.of(
        "random-" + n,
        "Random member " + n + " (illustrative)",
        TYPES[random.nextInt(TYPES.length)],
        COUNTRIES[random.nextInt(COUNTRIES.length)]);
  }
}
