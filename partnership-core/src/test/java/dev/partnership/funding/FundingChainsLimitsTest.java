package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Funding chains in networks with millions of routes: asking for all of them is refused before the
 * chains fill the memory. The time limits are hang guards only.
 */
// seconds per run: run by every mvn verify, not once per PIT mutant
@Tag("slow")
class FundingChainsLimitsTest {
  static final Organization FUNDER = Organization.of("F", OrganizationType.GOVERNMENT, "NL");

  /**
   * The funder, then {@code layers} layers of {@code width} national NGOs, each giving to every NGO
   * of the next layer, and the last layer giving back to the first (cycles).
   */
  static FundingNetwork layered(int layers, int width) {
    FundingNetwork.Builder b = FundingNetwork.builder().addOrganizations(FUNDER);
    Organization[][] o = new Organization[layers][width];
    List<FundingFlow> flows = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < width; w++) {
        o[l][w] = Organization.of("O" + l + "x" + w, OrganizationType.NATIONAL_NGO, "KE");
        b.addOrganizations(o[l][w]);
      }
    }
    for (int w = 0; w < width; w++) {
      flows.add(flow(FUNDER, o[0][w]));
      flows.add(flow(o[layers - 1][w], o[0][w]));
    }
    for (int l = 0; l + 1 < layers; l++) {
      for (int w = 0; w < width; w++) {
        for (int v = 0; v < width; v++) {
          flows.add(flow(o[l][w], o[l + 1][v]));
        }
      }
    }
    return b.addAllFlows(flows).build();
  }

  static FundingFlow flow(Organization from, Organization to) {
    return FundingFlow.of(from.id(), to.id(), Money.of("1", "EUR"), 2024);
  }

  @Test
  void allChainsOfAHugeNetworkWithoutALimitAreRefusedBeforeMemoryRunsOut() {
    FundingNetwork net = layered(6, 10);
    IllegalStateException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(90),
            () ->
                assertThrows(
                    IllegalStateException.class,
                    () -> FundingChains.all(net, FUNDER.id(), Integer.MAX_VALUE)));
    assertTrue(
        e.getMessage()
            .startsWith("chains from f hold more than 16777216 organisations in all (after "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("use longest or fewestIntermediaries"), e.getMessage());
  }

  @Test
  void theChainLimitStillComesFirstWhenItIsSmaller() {
    FundingNetwork net = layered(6, 10);
    assertEquals(
        "chains from f number more than 1000; raise the limit or use fewestIntermediaries",
        assertThrows(IllegalStateException.class, () -> FundingChains.all(net, FUNDER.id(), 1000))
            .getMessage());
  }

  @Test
  void aSmallLayeredNetworkHasEveryChain() {
    // 2 layers of 3 (a, b): F a_w b_w ends (a_w is on the path): 3 chains; F a_w b_v (v != w)
    // goes on to a_v and then b_w, which ends, or b_u (the third), then a_u and b_w: 3 x 2 x 2
    assertEquals(15, FundingChains.all(layered(2, 3), FUNDER.id(), Integer.MAX_VALUE).size());
  }
}
