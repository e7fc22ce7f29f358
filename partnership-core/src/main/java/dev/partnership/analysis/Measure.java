package dev.partnership.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.partnership.governance.PowerMeasure;
import dev.partnership.internal.Checks;
import dev.partnership.internal.Texts;
import dev.partnership.math.Fraction;
import dev.partnership.model.Role;
import dev.partnership.participation.ParticipationLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;

/**
 * One thing a {@link PowerShift} measures per organisation: power in a governing body by one index,
 * money provided or received (by earmarking and currency), or a role held. Each organisation has a
 * value in each measure (zero when it has none) and a shift reports how the values changed.
 *
 * <pre>{@code
 * Measure.power("ISG", PowerMeasure.SHAPLEY_SHUBIK).label()
 * // "Shapley-Shubik power in the ISG"
 * Measure.funding(Measure.Side.RECEIVED, Measure.Kind.UNEARMARKED, Money.currency("EUR")).label()
 * // "unearmarked funding received in EUR"
 * }</pre>
 */
public sealed interface Measure
    permits Measure.Power,
        Measure.Funding,
        Measure.RoleHeld,
        Measure.DecisionLevel,
        Measure.DecidingSeat {

  /**
   * Returns what is measured, in words: {@code "Shapley-Shubik power in the ISG"}. A body's or
   * decision's name longer than 40 characters is cut to its first 30 and its length, so summaries
   * stay short.
   */
  String label();

  /** Returns {@code value} in the measure's unit: {@code "10.5%"}, {@code "250000 EUR"}. */
  String format(Fraction value);

  /**
   * Returns a change of {@code delta} in words, without sign: {@code "4.2 percentage points"},
   * {@code "250000 EUR"}.
   */
  String formatChange(Fraction delta);

  /**
   * The order of measures in a shift's output: power, funding, roles, decision levels, seats in
   * deciding bodies.
   */
  Comparator<Measure> ORDER =
      Comparator.comparingInt(Measure::rank)
          .thenComparing(Measure::label)
          .thenComparing(Measure::fullName);

  /**
   * Returns the body's or decision's name in full (labels cut long names), so two measures whose
   * labels read alike still have one order.
   */
  private static String fullName(Measure m) {
    if (m instanceof Power p) {
      return p.body() + " " + p.index();
    }
    if (m instanceof DecisionLevel d) {
      return d.decision();
    }
    if (m instanceof DecidingSeat s) {
      return s.decision();
    }
    return m.label();
  }

  /**
   * Returns the measure's rank in {@link #ORDER} (power 0, funding 1, roles 2, decision levels 3,
   * deciding seats 4).
   */
  int rank();

  /** Returns power by {@code index} in the body called {@code body}. */
  static Power power(String body, PowerMeasure index) {
    return new Power(body, index);
  }

  /**
   * Returns money of {@code kind} in {@code currency} that an organisation provides or receives.
   */
  static Funding funding(Side side, Kind kind, Currency currency) {
    return new Funding(side, kind, currency);
  }

  /** Returns the holding of {@code role} (1 when held, 0 when not). */
  static RoleHeld role(Role role) {
    return new RoleHeld(role);
  }

  /**
   * Returns an organisation's level on the PAT ladder (0 not informed to 4 decides) in the decision
   * called {@code decision}, from the partnership's decision rights.
   */
  static DecisionLevel decisionLevel(String decision) {
    return new DecisionLevel(decision);
  }

  /**
   * Returns holding a seat (1) or not (0) in the governing body assigned to take the decision
   * called {@code decision}.
   */
  static DecidingSeat decidingSeat(String decision) {
    return new DecidingSeat(decision);
  }

  /**
   * An organisation's level on the Partos Power Awareness Tool's ladder in one decision of the
   * partnership's decision rights: 0 not informed, 1 informed, 2 consulted, 3 co-decides, 4
   * decides. An organisation without a recorded level counts as 0 (this library's choice: no say on
   * record is no say).
   *
   * @param decision the decision's name
   */
  record DecisionLevel(String decision) implements Measure {
    /** Checks the component. */
    public DecisionLevel {
      Checks.checkNotBlank(decision, "decision");
    }

    @Override
    public String label() {
      return "say in the decision \u201c" + Texts.shortly(decision) + "\u201d";
    }

    @Override
    public String format(Fraction value) {
      return levelName(value);
    }

    @Override
    public String formatChange(Fraction delta) {
      Fraction d = abs(delta);
      return count(d) + (d.equals(Fraction.ONE) ? " PAT level" : " PAT levels");
    }

    @Override
    public int rank() {
      return 3;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /**
   * A seat in the governing body assigned to take one decision: 1 for each seat holder of that
   * body, 0 for the others. A decision moved to another body, or a body's seats changed, moves it.
   *
   * @param decision the decision's name
   */
  record DecidingSeat(String decision) implements Measure {
    /** Checks the component. */
    public DecidingSeat {
      Checks.checkNotBlank(decision, "decision");
    }

    @Override
    public String label() {
      return "a seat in the body that takes the decision \u201c"
          + Texts.shortly(decision)
          + "\u201d";
    }

    @Override
    public String format(Fraction value) {
      return value.signum() == 0 ? "no seat" : "a seat";
    }

    @Override
    public String formatChange(Fraction delta) {
      return count(abs(delta));
    }

    @Override
    public int rank() {
      return 4;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /**
   * Returns a count: whole numbers as they are, parts of one (a movement's share) with at most two
   * decimals, {@code "0.75"}.
   */
  private static String count(Fraction value) {
    if (value.denominator().equals(java.math.BigInteger.ONE)) {
      return value.numerator().toString();
    }
    return value
        .toBigDecimal(MathContext.DECIMAL128)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** Returns a PAT level in words: {@code "co-decides (3)"}. */
  private static String levelName(Fraction value) {
    if (value.denominator().equals(java.math.BigInteger.ONE)
        && value.signum() >= 0
        && value.compareTo(Fraction.of(ParticipationLevel.DECIDES.score())) <= 0) {
      ParticipationLevel level = ParticipationLevel.of(value.intValue());
      return level.words() + " (" + level.score() + ")";
    }
    return value.toString();
  }

  /**
   * Power by one index in one governing body, as a share of 1 (Shapley-Shubik and normalised
   * Banzhaf shares sum to 1 over the seats).
   *
   * @param body the body's name
   * @param index the power index
   */
  record Power(String body, PowerMeasure index) implements Measure {
    /** Checks the components. */
    public Power {
      checkNotNull(index, "index");
      Checks.checkNotBlank(body, "body");
    }

    @Override
    public String label() {
      return indexName(index) + " power in the " + Texts.shortly(body);
    }

    @Override
    public String format(Fraction value) {
      return percent(value);
    }

    @Override
    public String formatChange(Fraction delta) {
      String p = oneDecimal(abs(delta.multiply(Fraction.of(100))));
      if (p.equals("0.0") && delta.signum() != 0) {
        return "less than 0.1 percentage points";
      }
      return p + (p.equals("1.0") ? " percentage point" : " percentage points");
    }

    @Override
    public int rank() {
      return 0;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** Whether money is provided or received. */
  enum Side {
    /** Money the organisation provides to other members. */
    PROVIDED,
    /** Money the organisation receives from other members. */
    RECEIVED;

    /** Returns {@code "provided"} or {@code "received"}. */
    public String label() {
      return Texts.label(this);
    }
  }

  /**
   * How restricted money is, read from IATI's EarmarkingCategory: unearmarked (code 1), earmarked
   * (softly, earmarked or tightly: codes 2 to 4), or not stated on the flow. Grouping codes 2 to 4
   * into one is this library's own choice.
   */
  enum Kind {
    /** IATI earmarking code 1. */
    UNEARMARKED,
    /** IATI earmarking codes 2, 3 and 4. */
    EARMARKED,
    /** The flow does not say. */
    EARMARKING_NOT_STATED;

    /** Returns {@code "unearmarked"}, {@code "earmarked"} or {@code "earmarking not stated"}. */
    public String label() {
      return Texts.label(this);
    }
  }

  /**
   * Money of one kind in one currency that an organisation provides or receives, summed over every
   * flow and year of the partnership. Currencies never mix.
   *
   * @param side provided or received
   * @param kind unearmarked, earmarked or not stated
   * @param currency the currency
   */
  record Funding(Side side, Kind kind, Currency currency) implements Measure {
    /** Checks the components. */
    public Funding {
      checkNotNull(side, "side");
      checkNotNull(kind, "kind");
      checkNotNull(currency, "currency");
    }

    @Override
    public String label() {
      return (kind == Kind.EARMARKING_NOT_STATED
              ? "funding (earmarking not stated)"
              : kind.label() + " funding")
          + " "
          + side.label()
          + " in "
          + currency.getCurrencyCode();
    }

    @Override
    public String format(Fraction value) {
      return money(value, Math.max(0, currency.getDefaultFractionDigits()))
          + " "
          + currency.getCurrencyCode();
    }

    @Override
    public String formatChange(Fraction delta) {
      return format(abs(delta));
    }

    @Override
    public int rank() {
      return 1;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /**
   * A role, 1 for the organisation that holds it and 0 for the others.
   *
   * @param role the role
   */
  record RoleHeld(Role role) implements Measure {
    /** Checks the component. */
    public RoleHeld {
      checkNotNull(role, "role");
    }

    @Override
    public String label() {
      return "the role of " + role.label();
    }

    @Override
    public String format(Fraction value) {
      return value.signum() == 0 ? "not held" : "held";
    }

    @Override
    public String formatChange(Fraction delta) {
      return count(abs(delta));
    }

    @Override
    public int rank() {
      return 2;
    }

    @Override
    public String toString() {
      return label();
    }
  }

  /** Returns the absolute value of {@code f}. */
  private static Fraction abs(Fraction f) {
    return f.signum() < 0 ? f.negate() : f;
  }

  /** Returns the index's name as people write it: {@code "Shapley-Shubik"}. */
  static String indexName(PowerMeasure index) {
    switch (index) {
      case BANZHAF:
        return "Banzhaf";
      case SHAPLEY_SHUBIK:
        return "Shapley-Shubik";
      case DEEGAN_PACKEL:
        return "Deegan-Packel";
      case PUBLIC_GOOD:
        return "Holler public good";
      default:
        return "Johnston";
    }
  }

  /** Returns a share as a percentage with one decimal, rounded half up: {@code "6.3%"}. */
  static String percent(Fraction share) {
    return oneDecimal(share.multiply(Fraction.of(100))) + "%";
  }

  /** Returns {@code value} with one decimal, rounded half up. */
  static String oneDecimal(Fraction value) {
    return value
        .toBigDecimal(MathContext.DECIMAL128)
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * Returns an amount exactly, with at least the currency's {@code digits} decimals, when its
   * decimal expansion ends within 100 places (every sum of amounts does), else rounded to {@code
   * digits} decimals and marked {@code "about "}.
   */
  static String money(Fraction amount, int digits) {
    try {
      BigDecimal exact = amount.toBigDecimal(MathContext.UNLIMITED);
      if (exact.scale() <= 100) {
        return (exact.scale() < digits ? exact.setScale(digits) : exact).toPlainString();
      }
    } catch (IllegalArgumentException e) {
      // does not terminate: rounded below
    }
    return "about "
        + amount
            .toBigDecimal(MathContext.DECIMAL128)
            .setScale(digits, RoundingMode.HALF_UP)
            .toPlainString();
  }
}
