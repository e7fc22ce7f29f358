package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
  static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

  @Test
  void factoriesSayWhereAFactComesFrom() {
    Provenance report = Provenance.of("GPPAC annual report 2023", JUNE);
    assertEquals("GPPAC annual report 2023", report.source());
    assertEquals(Optional.of(JUNE), report.date());
    assertFalse(report.illustrative());
    assertEquals("GPPAC annual report 2023, 2024-06-01", report.toString());

    Provenance madeUp = Provenance.illustrative("steering-group weights are made up");
    assertTrue(madeUp.illustrative());
    assertEquals(Optional.empty(), madeUp.date());
    assertEquals("illustrative: steering-group weights are made up", madeUp.toString());
    assertEquals(
        "illustrative: weights, 2024-06-01", Provenance.illustrative("weights", JUNE).toString());
    assertEquals("https://www.gppac.net", Provenance.of("https://www.gppac.net").toString());
    assertEquals(Provenance.of("s", JUNE), Provenance.of("s", Optional.of(JUNE), false));
  }

  @Test
  void markEndsTheToStringOfAnIllustrativeFactOnly() {
    assertEquals(" (illustrative)", Provenance.mark(Optional.of(Provenance.illustrative("x"))));
    assertEquals("", Provenance.mark(Optional.of(Provenance.of("x"))));
    assertEquals("", Provenance.mark(Optional.empty()));
  }

  @Test
  void equalityCoversSourceDateAndIllustrative() {
    new EqualsTester()
        .addEqualityGroup(Provenance.of("a"), Provenance.of("a"))
        .addEqualityGroup(Provenance.of("b"))
        .addEqualityGroup(Provenance.of("a", JUNE), Provenance.of("a", Optional.of(JUNE), false))
        .addEqualityGroup(Provenance.of("a", JUNE.plusDays(1)))
        .addEqualityGroup(Provenance.illustrative("a"))
        .addEqualityGroup(Provenance.illustrative("a", JUNE))
        .testEquals();
  }

  @Test
  void nullsAreRefusedNamingTheArgument() {
    new NullPointerTester()
        .setDefault(String.class, "source")
        .setDefault(LocalDate.class, JUNE)
        .testAllPublicStaticMethods(Provenance.class);
    NullPointerException e = assertThrows(NullPointerException.class, () -> Provenance.of(null));
    assertTrue(String.valueOf(e.getMessage()).contains("source"), e.getMessage());
  }

  @Test
  void blankSourcesAreRefused() {
    for (String blank : new String[] {"", " ", "\t\n", "\u2003"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Provenance.of(blank));
      assertTrue(e.getMessage().startsWith("source ("), e.getMessage());
      assertTrue(e.getMessage().endsWith("must not be blank"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Provenance.illustrative(blank));
    }
  }

  @Test
  void datesOutsideTheYears1900To2200AreRefusedAndTheBoundsAccepted() {
    assertEquals(
        Optional.of(LocalDate.of(1900, 1, 1)), Provenance.of("s", LocalDate.of(1900, 1, 1)).date());
    assertEquals(
        Optional.of(LocalDate.of(2200, 12, 31)),
        Provenance.of("s", LocalDate.of(2200, 12, 31)).date());
    for (LocalDate far :
        new LocalDate[] {
          LocalDate.of(1899, 12, 31),
          LocalDate.of(2201, 1, 1),
          LocalDate.MIN,
          LocalDate.MAX,
          LocalDate.of(1, 1, 1),
          LocalDate.of(20224, 6, 1)
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Provenance.of("s", far));
      assertEquals("source date (" + far + ") must be in the years 1900 to 2200", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Provenance.illustrative("s", far));
    }
  }

  @Test
  void aLongNonAsciiSourceIsKeptAsItIs() {
    String long1 = "é".repeat(100_000);
    assertEquals(long1, Provenance.of(long1).source());
  }

  @Test
  void generatedProvenancesRoundTripThroughTheFullFactory() {
    qt().withExamples(500)
        .forAll(ActorsGenerators.provenances())
        .checkAssert(
            p -> {
              assertEquals(p, Provenance.of(p.source(), p.date(), p.illustrative()));
              assertEquals(p.illustrative(), p.toString().startsWith("illustrative: "));
            });
  }
}
