package dev.partnership.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The DAC list against the OECD page "DAC List of ODA Recipients" (list effective for reporting on
 * 2024 and 2025 flows), a sample from each of its four columns; lists of one's own; and loading the
 * resource inside the named module {@code dev.partnership} as well as on the class path.
 */
class AidRecipientsTest {
  static final AidRecipients DAC = AidRecipients.dac2024to2025();

  static void assertOn(String... codes) {
    for (String c : codes) {
      assertTrue(DAC.contains(CountryCode.of(c)), c);
    }
  }

  @Test
  void aSampleOfEachIncomeGroupIsOnTheList() {
    // least developed countries
    assertOn("AF", "AO", "BD", "ET", "HT", "KI", "SB", "ST", "SS", "TV", "YE", "ZM");
    // other low income
    assertOn("KP", "SY");
    // lower middle income countries and territories (Bhutan left the LDC column in December 2023)
    assertOn("BT", "IN", "KE", "LB", "NG", "PS", "TK", "UA", "VU", "VN", "ZW");
    // upper middle income countries and territories
    assertOn("AL", "BR", "CN", "GY", "MS", "NR", "NU", "PA", "PW", "SH", "TR", "WF", "XK");
    // off the list: graduated, EU members, high income
    for (String off :
        List.of("AG", "CL", "UY", "SC", "KN", "CK", "NL", "US", "HR", "PL", "KR", "SA", "BH")) {
      assertFalse(DAC.contains(CountryCode.of(off)), off);
    }
    assertEquals(141, DAC.countries().size());
    assertTrue(DAC.note(CountryCode.of("PA")).orElseThrow().contains("high-income threshold"));
    assertTrue(DAC.note(CountryCode.of("UY")).orElseThrow().contains("2018"));
  }

  @Test
  void listsOfOnesOwnRefuseNullsBlanksAndInvalidCodes() {
    assertEquals(2, AidRecipients.ofCodes("East Africa", List.of("ke", " UG ")).countries().size());
    assertEquals(
        "codes[1] (ZZ) must be an ISO 3166-1 alpha-2 code such as NL or KE",
        assertThrows(
                IllegalArgumentException.class,
                () -> AidRecipients.ofCodes("x", List.of("KE", "ZZ")))
            .getMessage());
    assertEquals(
        "codes[0] must not be null",
        assertThrows(
                NullPointerException.class,
                () -> AidRecipients.ofCodes("x", Arrays.asList((String) null)))
            .getMessage());
    assertEquals(
        "name (\"\") must not be blank",
        assertThrows(IllegalArgumentException.class, () -> AidRecipients.ofCodes("", List.of("KE")))
            .getMessage());
    String longCode =
        assertThrows(
                IllegalArgumentException.class,
                () -> AidRecipients.ofCodes("x", List.of("K".repeat(100_000))))
            .getMessage();
    assertEquals(
        "codes[0] (KKKKKKKKKKKKKKKKKKKKKKKKKKKKKK... (100000 characters)) must be an ISO 3166-1 alpha-2 code such as NL or KE",
        longCode);
    assertEquals(
        "country (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (100000 characters)) must be an ISO 3166-1 alpha-2 code such as NL or KE",
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("x".repeat(100_000)))
            .getMessage());
    assertTrue(
        assertThrows(
                    IllegalArgumentException.class,
                    () -> OrganizationId.of("NL-" + " ".repeat(100_000)))
                .getMessage()
                .length()
            < 200);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("?".repeat(100_000)))
                .getMessage()
                .length()
            < 200);
    assertTrue(
        assertThrows(
                    IllegalArgumentException.class,
                    () -> OrganizationId.slugOf("?".repeat(100_000)))
                .getMessage()
                .length()
            < 200);
  }

  static Path jarOf(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void theListLoadsInsideTheNamedModule() throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String name :
        List.of(
            "dev.partnership.actors.AidRecipients",
            "com.google.common.collect.ImmutableSet",
            "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
            "org.jspecify.annotations.Nullable",
            "org.jgrapht.Graph",
            "org.jheaps.AddressableHeap",
            "org.apfloat.Apfloat")) {
      paths.add(jarOf(Class.forName(name)));
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(new Path[0]));
    Configuration cf =
        ModuleLayer.boot()
            .configuration()
            .resolve(finder, ModuleFinder.of(), Set.of("dev.partnership"));
    ModuleLayer layer =
        ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    Class<?> inModule =
        layer.findLoader("dev.partnership").loadClass("dev.partnership.actors.AidRecipients");
    assertTrue(inModule.getModule().isNamed());
    assertEquals("dev.partnership", inModule.getModule().getName());
    Method dac = inModule.getMethod("dac2024to2025");
    assertEquals(
        "DAC List of ODA Recipients 2024-2025 (141 countries and territories)",
        dac.invoke(null).toString());
    // and on the class path, where this test runs
    assertFalse(AidRecipients.class.getModule().isNamed());
    assertEquals(DAC.toString(), dac.invoke(null).toString());
  }
}
