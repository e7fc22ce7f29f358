package dev.partnership.risk;

import dev.partnership.actors.ActorsGenerators;
import dev.partnership.actors.CountryCode;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generators for risk registers over a given set of members (drawn from a seed, for QuickTheories
 * properties).
 */
public final class RiskGenerators {
  private RiskGenerators() {}

  /**
   * Returns a register of 0 to 6 risks borne, owned and mitigated by {@code members}, with a civic
   * space rating for some of their home countries, some with provenance, drawn with {@code seed}.
   */
  public static RiskRegister register(List<Organization> members, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    RiskRegister.Builder b = RiskRegister.builder();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      Risk.Builder risk =
          Risk.builder()
              .id("R" + i)
              .area(pick(RiskArea.values(), r))
              .description("risk " + i)
              .likelihood(pick(Likelihood.values(), r))
              .impact(pick(Impact.values(), r))
              .bearer(member(members, r));
      if (r.nextBoolean()) {
        risk.owner(member(members, r));
      }
      for (int m = r.nextInt(3); m > 0; m--) {
        risk.addMitigation(
            new Mitigation(
                "mitigation " + m,
                r.nextBoolean() ? Optional.of(member(members, r)) : Optional.empty()));
      }
      if (r.nextInt(3) == 0) {
        risk.origin("delegate decision " + i);
      }
      risk.provenance(ActorsGenerators.sometimes(r));
      b.addRisk(risk.build());
    }
    Set<CountryCode> rated = new HashSet<>();
    for (Organization o : members) {
      Optional<CountryCode> c = o.homeCountry();
      if (c.isPresent() && r.nextBoolean() && rated.add(c.get())) {
        b.putCivicSpace(c.get(), pick(CivicSpace.values(), r));
        ActorsGenerators.sometimes(r).ifPresent(s -> b.putCivicSpaceProvenance(c.get(), s));
      }
    }
    return b.build();
  }

  private static OrganizationId member(List<Organization> members, SplittableRandom r) {
    return members.get(r.nextInt(members.size())).id();
  }

  private static <T> T pick(T[] values, SplittableRandom r) {
    return values[r.nextInt(values.length)];
  }
}
