package dev.partnership.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code transaction} as read: type, date, value and currency (the activity's default currency
 * when the value has none), provider and receiver.
 *
 * @param line the line of the {@code transaction} element
 * @param type the transaction type, if its code is one of the {@link TransactionType} codelist
 * @param date the transaction date (or the value date when the transaction date is missing)
 * @param value the value, if a number the reader accepts (see {@link IatiReader})
 * @param currency the ISO 4217 code of the value or the activity default, if any
 * @param provider the provider organisation, if the element is there
 * @param receiver the receiver organisation, if the element is there
 */
public record IatiTransaction(
    int line,
    Optional<TransactionType> type,
    Optional<LocalDate> date,
    Optional<BigDecimal> value,
    Optional<String> currency,
    Optional<IatiOrgRef> provider,
    Optional<IatiOrgRef> receiver) {
  /** Checks that no part is null. */
  public IatiTransaction {
    checkNotNull(type, "type");
    checkNotNull(date, "date");
    checkNotNull(value, "value");
    checkNotNull(currency, "currency");
    checkNotNull(provider, "provider");
    checkNotNull(receiver, "receiver");
  }
}
