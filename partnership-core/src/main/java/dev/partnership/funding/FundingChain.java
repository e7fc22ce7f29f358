package dev.partnership.funding;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;

/**
 * A chain of funding from a funder to a final recipient (one that passes nothing on).
 *
 * @param path the organisations from the funder to the final recipient
 */
public record FundingChain(ImmutableList<OrganizationId> path) {

  /** Returns the number of intermediaries between the funder and the final recipient. */
  public int intermediaries() {
    return path.size() - 2;
  }

  /** Returns the final recipient. */
  public OrganizationId finalRecipient() {
    return path.get(path.size() - 1);
  }

  /** Returns {@code "XM-DAC-7 -> NL-KVK-27108436 -> abaad (1 intermediary)"}. */
  @Override
  public String toString() {
    return String.join(" -> ", path.stream().map(OrganizationId::value).collect(ImmutableList.toImmutableList()))
        + " (" + intermediaries() + (intermediaries() == 1 ? " intermediary)" : " intermediaries)");
  }
}
