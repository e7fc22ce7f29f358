package dev.partnership.funding;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.Provenance;
import dev.partnership.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money from a provider to a recipient: amount, year (and date if known), earmarking, whether it is
 * multi-year, and where the fact came from (e.g. an IATI activity and transaction).
 *
 * <pre>{@code
 * FundingFlow.of(OrganizationId.of("XM-DAC-7"), OrganizationId.of("NL-KVK-27108436"), Money.of("1000000", "EUR"), 2020)
 * }</pre>
 */
@Value.Immutable
public abstract class FundingFlow {
  FundingFlow() {}

  /** Returns who gives the money. */
  public abstract OrganizationId provider();

  /** Returns who receives it. */
  public abstract OrganizationId recipient();

  /** Returns the amount. */
  public abstract Money amount();

  /** Returns the year of the flow. */
  public abstract int year();

  /** Returns the date, if known (its year is {@link #year()}). */
  public abstract Optional<LocalDate> date();

  /** Returns the earmarking category, if known. */
  public abstract Optional<Earmarking> earmarking();

  /** Returns whether the money is committed for more than one year. */
  @Value.Default
  public boolean multiYear() {
    return false;
  }

  /**
   * Returns whether the money is humanitarian funding, if the source says (IATI {@code
   * @humanitarian} on the activity or transaction, or a humanitarian sector); empty when unknown.
   */
  public abstract Optional<Boolean> humanitarian();

  /**
   * Returns where in an imported file this record was read, e.g. {@code "dportal_30.xml:812
   * NL-KVK-27108436-A-06459-06 transaction 3"}: a locator an importer sets so that a data error can
   * be traced to its line. It is not a citation; see {@link #provenance()}.
   */
  public abstract Optional<String> source();

  /**
   * Returns where the fact comes from as people cite it (a report or URL, its date, whether the
   * amount is illustrative), if recorded. Unlike {@link #source()}, which locates a record in an
   * imported file, this is what reports print; an illustrative flow is marked in {@link
   * #toString()}.
   */
  public abstract Optional<Provenance> provenance();

  /** Returns this flow with {@code provenance}. */
  public FundingFlow withProvenance(Provenance provenance) {
    return builder().from(this).provenance(provenance).build();
  }

  @Value.Check
  void check() {
    Checks.checkField(
        !provider().equals(recipient()), "recipient", recipient(), "must differ from the provider");
    Checks.checkField(year() >= 1900 && year() <= 2200, "year", year(), "must be in [1900, 2200]");
    date()
        .ifPresent(
            d ->
                Checks.checkField(
                    d.getYear() == year(), "date", d, "must fall in the year " + year()));
  }

  /**
   * Returns a flow without date, earmarking or source.
   *
   * @throws IllegalArgumentException if provider and recipient are the same
   */
  public static FundingFlow of(
      OrganizationId provider, OrganizationId recipient, Money amount, int year) {
    return builder().provider(provider).recipient(recipient).amount(amount).year(year).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingFlow}. */
  public static final class Builder extends ImmutableFundingFlow.Builder {
    Builder() {}
  }

  /**
   * Returns {@code "XM-DAC-7 -> NL-KVK-27108436: 1000000 EUR (2020)"}, ending in {@code "
   * (illustrative)"} for a made-up flow.
   */
  @Override
  public String toString() {
    return provider()
        + " -> "
        + recipient()
        + ": "
        + amount()
        + " ("
        + year()
        + ")"
        + earmarking().map(e -> ", " + e).orElse("")
        + (multiYear() ? ", multi-year" : "")
        + Provenance.mark(provenance());
  }
}
