package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.OrganizationId;

/**
 * A chain of funding from a funder to a final recipient (one that passes nothing on).
 *
 * @param path the organisations from the funder to the final recipient
 */
public record FundingChain(ImmutableList<OrganizationId> path) {

  /**
   * Checks the chain.
   *
   * @throws NullPointerException if the path is null
   * @throws IllegalArgumentException if it has fewer than two organisations or repeats one
   */
  public FundingChain {
    checkNotNull(path, "path");
    checkArgument(path.size() >= 2, "path (%s) must hold a funder and a recipient", path);
    checkArgument(
        ImmutableSet.copyOf(path).size() == path.size(),
        "path (%s) must not repeat an organisation",
        path);
  }

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
    return String.join(
            " -> ",
            path.stream().map(OrganizationId::value).collect(ImmutableList.toImmutableList()))
        + " ("
        + intermediaries()
        + (intermediaries() == 1 ? " intermediary)" : " intermediaries)");
  }
}
