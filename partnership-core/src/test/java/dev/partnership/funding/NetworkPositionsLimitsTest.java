package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Network positions that search from every organisation (gatekeepers, betweenness, harmonic
 * centrality) on a network of 300,000 organisations: refused before the quadratic work, with the
 * sizes and the bound. The time limits are hang guards only.
 */
// seconds per run: run by every mvn verify, not once per PIT mutant
@Tag("slow")
class NetworkPositionsLimitsTest {

  /** A funder and a chain of {@code n} national NGOs, each passing money to the next. */
  static FundingNetwork chain(int n) {
    List<Organization> orgs = new ArrayList<>();
    orgs.add(Organization.of("F", OrganizationType.GOVERNMENT, "NL"));
    for (int i = 0; i < n; i++) {
      orgs.add(Organization.of("N" + i, OrganizationType.NATIONAL_NGO, "KE"));
    }
    List<FundingFlow> flows = new ArrayList<>();
    for (int i = 0; i + 1 < orgs.size(); i++) {
      flows.add(FundingFlow.of(orgs.get(i).id(), orgs.get(i + 1).id(), Money.of("1", "EUR"), 2024));
    }
    return FundingNetwork.builder().addAllOrganizations(orgs).addAllFlows(flows).build();
  }

  @Test
  void searchesFromEveryOrganisationOfAHugeNetworkAreRefused() {
    FundingNetwork net = chain(300_000);
    List<Function<FundingNetwork, ?>> searches =
        List.of(
            NetworkPositions::gatekeepers,
            NetworkPositions::betweenness,
            NetworkPositions::harmonic);
    for (Function<FundingNetwork, ?> search : searches) {
      IllegalStateException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> assertThrows(IllegalStateException.class, () -> search.apply(net)));
      assertEquals(
          "network (300001 organisations, 300000 funding links) needs 180000900001 steps to search"
              + " from every organisation, more than 2^32",
          e.getMessage());
    }
  }

  @Test
  void aChainOfAThousandStillHasItsGatekeepers() {
    FundingNetwork net = chain(1000);
    // every NGO but the last cuts off those after it
    assertEquals(999, NetworkPositions.gatekeepers(net).size());
    assertEquals(1001, NetworkPositions.betweenness(net).size());
  }
}
