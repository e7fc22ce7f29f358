package dev.partnership.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code transaction} as read: type code (1 Incoming funds, 2 Outgoing commitment, 3
 * Disbursement, 4 Expenditure, 11 Incoming commitment ...), date, value and currency (the
 * activity's default currency when the value has none), provider and receiver.
 *
 * @param line the line of the {@code transaction} element
 * @param type the transaction type code, if a number
 * @param date the transaction date (or the value date when the transaction date is missing)
 * @param value the value, if a number
 * @param currency the ISO 4217 code of the value or the activity default, if any
 * @param provider the provider organisation, if the element is there
 * @param receiver the receiver organisation, if the element is there
 */
public record IatiTransaction(
    int line,
    Optional<Integer> type,
    Optional<LocalDate> date,
    Optional<BigDecimal> value,
    Optional<String> currency,
    Optional<IatiOrgRef> provider,
    Optional<IatiOrgRef> receiver) {
  /** Incoming funds. */
  public static final int INCOMING_FUNDS = 1;
  /** Outgoing commitment. */
  public static final int OUTGOING_COMMITMENT = 2;
  /** Disbursement. */
  public static final int DISBURSEMENT = 3;
  /** Expenditure. */
  public static final int EXPENDITURE = 4;
}
