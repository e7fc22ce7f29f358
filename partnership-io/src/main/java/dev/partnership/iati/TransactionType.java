package dev.partnership.iati;

import java.util.Optional;

/**
 * IATI's TransactionType codelist (standard 2.03, {@code codelists/TransactionType.xml}). The
 * conversion turns {@link #DISBURSEMENT} and {@link #INCOMING_FUNDS} into flows; the others are
 * counted, not converted.
 *
 * <pre>{@code
 * TransactionType.fromCode(3)          // Optional[DISBURSEMENT]
 * TransactionType.INCOMING_FUNDS.code() // 1
 * }</pre>
 */
public enum TransactionType {
  /** 1 Incoming Funds. */
  INCOMING_FUNDS(1),
  /** 2 Outgoing Commitment. */
  OUTGOING_COMMITMENT(2),
  /** 3 Disbursement. */
  DISBURSEMENT(3),
  /** 4 Expenditure. */
  EXPENDITURE(4),
  /** 5 Interest Payment. */
  INTEREST_PAYMENT(5),
  /** 6 Loan Repayment. */
  LOAN_REPAYMENT(6),
  /** 7 Reimbursement. */
  REIMBURSEMENT(7),
  /** 8 Purchase of Equity. */
  PURCHASE_OF_EQUITY(8),
  /** 9 Sale of Equity. */
  SALE_OF_EQUITY(9),
  /** 10 Credit Guarantee. */
  CREDIT_GUARANTEE(10),
  /** 11 Incoming Commitment. */
  INCOMING_COMMITMENT(11),
  /** 12 Outgoing Pledge. */
  OUTGOING_PLEDGE(12),
  /** 13 Incoming Pledge. */
  INCOMING_PLEDGE(13);

  private final int code;

  TransactionType(int code) {
    this.code = code;
  }

  /** Returns the IATI code. */
  public int code() {
    return code;
  }

  /** Returns the type for an IATI code, or empty for a code the codelist does not have. */
  public static Optional<TransactionType> fromCode(int code) {
    for (TransactionType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
