package dev.partnership.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.actors.AidRecipients;
import dev.partnership.actors.LocalityDefinition;
import java.util.Optional;

/**
 * What a localisation figure counts: under which {@link LocalityDefinition} and aid-recipient list,
 * for which year of the funder's money, and whether only humanitarian funding.
 *
 * <p>Humanitarian funding is what the source marks as humanitarian ({@link
 * FundingFlow#humanitarian()}, e.g. IATI {@code @humanitarian} on the activity or transaction, or a
 * humanitarian sector); when only humanitarian funding is asked for, flows whose mark is unknown
 * are left out and counted ({@link Localisation#flowsOfUnknownScope()}).
 *
 * <pre>{@code
 * LocalisationScope.all()                                  // IASC, DAC list 2024-2025, every year, all funding
 * LocalisationScope.all().year(2020).onlyHumanitarian()    // 2020's humanitarian funding only
 * LocalisationScope.all().definition(LocalityDefinition.CHARTER4CHANGE)
 * }</pre>
 *
 * @param definition who counts as local or national
 * @param recipients the aid-recipient list (the DAC list for the year of the money)
 * @param year the year of the funder's flows counted, or empty for every year
 * @param humanitarianOnly whether only humanitarian funding counts
 */
public record LocalisationScope(
    LocalityDefinition definition,
    AidRecipients recipients,
    Optional<Integer> year,
    boolean humanitarianOnly) {

  /**
   * Checks the scope.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year is outside [1900, 2200]
   */
  public LocalisationScope {
    checkNotNull(definition, "definition");
    checkNotNull(recipients, "recipients");
    checkNotNull(year, "year");
    year.ifPresent(
        y -> checkArgument(y >= 1900 && y <= 2200, "year (%s) must be in [1900, 2200]", y));
  }

  /** Returns the default scope: IASC, the DAC list 2024-2025, every year, all funding. */
  public static LocalisationScope all() {
    return new LocalisationScope(
        LocalityDefinition.IASC, AidRecipients.dac2024to2025(), Optional.empty(), false);
  }

  /** Returns this scope under another definition. */
  public LocalisationScope definition(LocalityDefinition d) {
    return new LocalisationScope(d, recipients, year, humanitarianOnly);
  }

  /** Returns this scope with another aid-recipient list. */
  public LocalisationScope recipients(AidRecipients r) {
    return new LocalisationScope(definition, r, year, humanitarianOnly);
  }

  /** Returns this scope for the funder's flows of one year. */
  public LocalisationScope year(int y) {
    return new LocalisationScope(definition, recipients, Optional.of(y), humanitarianOnly);
  }

  /** Returns this scope for humanitarian funding only. */
  public LocalisationScope onlyHumanitarian() {
    return new LocalisationScope(definition, recipients, year, true);
  }

  boolean includes(FundingFlow f) {
    return year.map(y -> y == f.year()).orElse(true)
        && (!humanitarianOnly || f.humanitarian().orElse(false));
  }

  /** Returns {@code "IASC, DAC List of ODA Recipients 2024-2025, 2020, humanitarian only"}. */
  @Override
  public String toString() {
    return definition
        + ", "
        + recipients.name()
        + ", "
        + year.map(String::valueOf).orElse("all years")
        + (humanitarianOnly ? ", humanitarian only" : ", all funding");
  }
}
