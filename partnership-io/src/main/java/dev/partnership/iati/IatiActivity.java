package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One {@code iati-activity} as read, with where it stands (file and line).
 *
 * @param file the file name
 * @param line the line of the {@code iati-activity} element
 * @param identifier the {@code iati-identifier}
 * @param reportingOrg the reporting organisation
 * @param defaultCurrency the {@code @default-currency}, if any
 * @param participatingOrgs the participating organisations, in order
 * @param transactions the transactions, in order
 * @param budgets the budgets, in order
 */
public record IatiActivity(
    String file,
    int line,
    String identifier,
    IatiOrgRef reportingOrg,
    Optional<String> defaultCurrency,
    ImmutableList<ParticipatingOrg> participatingOrgs,
    ImmutableList<IatiTransaction> transactions,
    ImmutableList<IatiBudget> budgets) {
  /** Checks that no part is null. */
  public IatiActivity {
    checkNotNull(file, "file");
    checkNotNull(identifier, "identifier");
    checkNotNull(reportingOrg, "reportingOrg");
    checkNotNull(defaultCurrency, "defaultCurrency");
    checkNotNull(participatingOrgs, "participatingOrgs");
    checkNotNull(transactions, "transactions");
    checkNotNull(budgets, "budgets");
  }

  /** Returns the participating organisations with role {@code role}. */
  public ImmutableList<ParticipatingOrg> withRole(OrganisationRole role) {
    return participatingOrgs.stream()
        .filter(p -> p.role().filter(role::equals).isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return identifier + " (" + file + ":" + line + ", " + transactions.size() + " transactions)";
  }
}
