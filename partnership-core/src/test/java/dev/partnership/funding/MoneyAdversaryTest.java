package dev.partnership.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money at its bounds and across currencies: each refusal says which operation and which rule. */
class MoneyAdversaryTest {

  @Test
  void comparingAmountsInTwoCurrenciesSaysTheyAreCompared() {
    assertEquals(
        "currency (USD) must be EUR: amounts in different currencies are not compared without a rate",
        assertThrows(
                IllegalArgumentException.class,
                () -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
            .getMessage());
  }

  // what held

  @Test
  void amountsAtTheBoundsAreKeptOrRefusedNamingTheBound() {
    String nines = "9".repeat(100);
    assertEquals(nines + " EUR", Money.of(nines, "EUR").toString());
    assertEquals(
        "sum of "
            + nines
            + " EUR and 1 EUR (100000000000000000000000000000...00000000) must be"
            + " below 10^100 in absolute value",
        assertThrows(
                IllegalArgumentException.class,
                () -> Money.of(nines, "EUR").add(Money.of("1", "EUR")))
            .getMessage());
    assertEquals(
        "amount (1E-101) must have at most 100 decimal places",
        assertThrows(IllegalArgumentException.class, () -> Money.of("1E-101", "EUR")).getMessage());
    assertEquals(
        "amount (1E+1000000000) must be below 10^100 in absolute value",
        assertThrows(IllegalArgumentException.class, () -> Money.of("1e1000000000", "EUR"))
            .getMessage());
    assertEquals(Money.of("0", "EUR"), Money.of("0E-1000", "EUR"));
    assertEquals(Money.of("0", "EUR").hashCode(), Money.of("0E+1000", "EUR").hashCode());
  }

  @Test
  void textThatIsNotADecimalIsRefusedQuoted() {
    for (String text : new String[] {"NaN", "1,5", " 1 000 ", "Infinity", "0x10", ""}) {
      assertEquals(
          "amount (\"" + text + "\") must be a decimal number",
          assertThrows(IllegalArgumentException.class, () -> Money.of(text, "EUR")).getMessage());
    }
  }

  @Test
  void aConversionToMoreThan100DecimalsIsRefused() {
    assertEquals(
        "1 EUR converted at 1E-200 (1E-200) must have at most 100 decimal places",
        assertThrows(
                IllegalArgumentException.class,
                () -> Money.of("1", "EUR").convert(Money.currency("USD"), new BigDecimal("1E-200")))
            .getMessage());
  }
}
