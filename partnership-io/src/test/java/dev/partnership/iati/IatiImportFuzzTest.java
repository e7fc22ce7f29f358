package dev.partnership.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.partnership.actors.OrganizationId;
import dev.partnership.funding.FundingFlow;
import dev.partnership.funding.FundingNetwork;
import dev.partnership.funding.Localisation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Fuzz targets for the IATI import (Jazzer, JUnit 5). A plain {@code mvn verify} runs each target
 * on its seed corpus in {@code src/test/resources/dev/partnership/iati/IatiImportFuzzTestInputs/}
 * (the hostile cases of issue 9 and every crash found); {@code tools/fuzz.sh SECONDS} fuzzes each
 * target for that long.
 *
 * <p>Properties: bytes either read or fail with {@link IatiFormatException} and nothing else; every
 * activity delivered is converted without an exception (no import stops inside an activity); the
 * conversion builds, its flows stay within {@link IatiConversion#AMOUNT_CEILING}, and every
 * localisation figure computed from it is a finite number.
 */
class IatiImportFuzzTest {

  /**
   * Reads {@code input}, handing each activity to {@code sink}; an {@link IatiFormatException} ends
   * the file.
   */
  static DataQualityReport readOrRefuse(byte[] input, List<IatiActivity> sink) {
    try {
      return IatiReader.forEach(new ByteArrayInputStream(input), "fuzz.xml", sink::add);
    } catch (IatiFormatException refused) {
      assertTrue(refused.getMessage().startsWith("fuzz.xml:"), refused.getMessage());
      assertTrue(refused.getMessage().length() < 2_000, "a refusal message is short");
      return DataQualityReport.empty();
    }
  }

  @DictionaryEntries({
    "<iati-activities>",
    "</iati-activities>",
    "<iati-activity default-currency=\"EUR\">",
    "</iati-activity>",
    "<iati-identifier>",
    "</iati-identifier>",
    "<reporting-org ref=\"NL-KVK-1\" type=\"21\">",
    "</reporting-org>",
    "<participating-org role=\"4\" ref=\"XM-DAC-7\">",
    "</participating-org>",
    "<narrative>",
    "</narrative>",
    "<transaction>",
    "</transaction>",
    "<transaction-type code=\"3\"/>",
    "<transaction-date iso-date=\"2020-01-01\"/>",
    "<value>",
    "</value>",
    "<provider-org ref=\"XM-DAC-7\">",
    "</provider-org>",
    "<receiver-org ref=\"NL-KVK-2\">",
    "</receiver-org>",
    "<budget>",
    "</budget>",
    "<period-start iso-date=\"2020-01-01\"/>",
    "1E+999",
    "-1",
    "1e400"
  })
  @FuzzTest(maxDuration = "60s")
  void reader(byte[] input) {
    List<IatiActivity> activities = new ArrayList<>();
    DataQualityReport report = readOrRefuse(input, activities);
    for (IatiActivity a : activities) {
      assertFalse(
          a.identifier().isEmpty(), "an activity without identifier is reported, not delivered");
      assertTrue(a.line() > 0, a.toString());
    }
    report.entries().forEach(e -> assertTrue(e.reason().length() < 500, e.toString()));
  }

  @DictionaryEntries({
    "<iati-activities>",
    "</iati-activities>",
    "<iati-activity default-currency=\"EUR\">",
    "</iati-activity>",
    "<iati-identifier>",
    "</iati-identifier>",
    "<reporting-org ref=\"NL-KVK-1\" type=\"21\">",
    "</reporting-org>",
    "<transaction>",
    "</transaction>",
    "<transaction-type code=\"3\"/>",
    "<transaction-type code=\"1\"/>",
    "<transaction-date iso-date=\"2020-01-01\"/>",
    "<value>",
    "</value>",
    "<provider-org ref=\"XM-DAC-7\" type=\"10\">",
    "</provider-org>",
    "<receiver-org ref=\"NL-KVK-2\" type=\"22\">",
    "</receiver-org>",
    "1E+999",
    "-1",
    "1e400"
  })
  @FuzzTest(maxDuration = "60s")
  void conversion(byte[] input) {
    IatiConversion.Builder builder = IatiConversion.builder();
    List<IatiActivity> activities = new ArrayList<>();
    readOrRefuse(input, activities);
    activities.forEach(builder::accept);
    IatiConversion c = builder.build();
    assertEquals(activities.size(), c.activities());
    FundingNetwork net = c.network();
    for (FundingFlow f : net.flows()) {
      assertTrue(
          f.amount().amount().abs().compareTo(IatiConversion.AMOUNT_CEILING) <= 0, f.toString());
    }
    for (Currency currency : net.currencies()) {
      for (OrganizationId funder : net.edges(currency).keySet()) {
        finite(Localisation.of(net, funder, currency));
      }
    }
  }

  static void finite(Localisation l) {
    double[] figures = {
      l.directToLocal(),
      l.oneIntermediaryToLocal(),
      l.moreIntermediariesToLocal(),
      l.international(),
      l.untraced(),
      l.errorBound()
    };
    for (double x : figures) {
      assertTrue(Double.isFinite(x), () -> "a figure is not finite: " + l);
    }
  }
}
