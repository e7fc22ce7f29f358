package dev.partnership.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Laws of reading and converting values, against a plain reference, over the whole range of number
 * texts.
 */
class IatiReaderProperties {
  private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?([0-9]+)$");

  /**
   * The reference: a value is read when it has at most 64 characters and an exponent of at most
   * three digits.
   */
  static Optional<BigDecimal> reference(String text) {
    Matcher m = EXPONENT.matcher(text);
    boolean exponentOk = !m.find() || m.group(1).length() <= 3;
    return text.length() <= IatiReader.MAX_NUMBER_LENGTH && exponentOk
        ? Optional.of(new BigDecimal(text))
        : Optional.empty();
  }

  static IatiActivity readOne(String value) {
    String xml =
        IatiConversionTest.HEAD
            + IatiConversionTest.activity("A", IatiConversionTest.disbursement("2020-01-01", value))
            + IatiConversionTest.TAIL;
    List<IatiActivity> activities = IatiReaderTest.read(xml, new ArrayList<>());
    assertEquals(1, activities.size(), "the activity is delivered whatever its value");
    return activities.get(0);
  }

  @Test
  void aValueIsReadExactlyWhenItIsShortWithASmallExponent() {
    qt().forAll(IatiGenerators.numberTexts())
        .checkAssert(
            text ->
                assertEquals(reference(text), readOne(text).transactions().get(0).value(), text));
  }

  @Test
  void aValueBecomesAFlowExactlyWhenItIsBetweenACentAndTheCeiling() {
    BigDecimal cent = new BigDecimal("0.01");
    qt().forAll(IatiGenerators.numberTexts())
        .checkAssert(
            text -> {
              Optional<BigDecimal> expected =
                  reference(text)
                      .filter(
                          v ->
                              v.abs().compareTo(cent) >= 0
                                  && v.abs().compareTo(IatiConversion.AMOUNT_CEILING) <= 0);
              IatiConversion c = IatiConversion.of(List.of(readOne(text)));
              assertEquals(
                  expected.map(BigDecimal::stripTrailingZeros),
                  c.network().flows().stream()
                      .findFirst()
                      .map(f -> f.amount().amount().stripTrailingZeros()),
                  text);
            });
  }
}
