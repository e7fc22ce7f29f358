package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.OrganizationId;

/**
 * An organisation a localisation figure counted as local or national: who, how much of the funder's
 * money it received (first arrival at a local or national actor), by the fewest intermediaries, and
 * why it counts.
 *
 * @param id the identifier
 * @param name the name
 * @param received the funder's money it received, rounded to cents (see {@link
 *     Localisation#errorBound()})
 * @param intermediaries the fewest intermediaries between the funder and it (0: directly)
 * @param reason why it counts as local or national
 */
public record CountedRecipient(
    OrganizationId id, String name, Money received, int intermediaries, String reason) {

  /**
   * Checks the entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is negative, intermediaries negative, or name or
   *     reason blank
   */
  public CountedRecipient {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(received, "received");
    checkNotNull(reason, "reason");
    checkArgument(!name.isBlank(), "name (\"%s\") must not be blank", name);
    checkArgument(!reason.isBlank(), "reason (\"%s\") must not be blank", reason);
    checkArgument(received.amount().signum() >= 0, "received (%s) must not be negative", received);
    checkArgument(intermediaries >= 0, "intermediaries (%s) must not be negative", intermediaries);
  }

  /** Returns {@code "NL-KVK-1 Name: 1000.00 EUR directly; headquartered in ..."}. */
  @Override
  public String toString() {
    return id
        + " "
        + name
        + ": "
        + received
        + " "
        + (intermediaries == 0
            ? "directly"
            : "through "
                + intermediaries
                + (intermediaries == 1 ? " intermediary" : " intermediaries"))
        + "; "
        + reason;
  }
}
