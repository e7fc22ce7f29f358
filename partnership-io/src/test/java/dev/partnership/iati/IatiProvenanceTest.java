package dev.partnership.iati;

import static dev.partnership.iati.IatiConversionTest.HEAD;
import static dev.partnership.iati.IatiConversionTest.TAIL;
import static dev.partnership.iati.IatiConversionTest.activity;
import static dev.partnership.iati.IatiConversionTest.convert;
import static dev.partnership.iati.IatiConversionTest.disbursement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Strings;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.FundingFlow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Flows imported from IATI carry a provenance naming the file, the activity, the transaction and
 * the reporter, of the transaction's date, not illustrative; {@link FundingFlow#source()} stays the
 * record locator.
 */
class IatiProvenanceTest {

  /** Incoming funds from NL-KVK-3 to the reporter NL-KVK-1, dated by value-date only. */
  static String incomingByValueDate(String date, String value) {
    return "  <transaction><transaction-type code=\"1\"/><value value-date=\""
        + date
        + "\">"
        + value
        + "</value><provider-org ref=\"NL-KVK-3\" type=\"60\"><narrative>Foundation</narrative>"
        + "</provider-org></transaction>\n";
  }

  private static List<FundingFlow> flows(String xml) {
    return convert(xml).conversion().network().flows();
  }

  @Test
  void aDisbursementNamesFileActivityTransactionAndReporterOfItsDate() {
    FundingFlow f =
        flows(HEAD + activity("NL-KVK-1-A", disbursement("2020-03-15", "100")) + TAIL).get(0);
    assertEquals(
        Optional.of(
            Provenance.of(
                "IATI file test.xml, activity NL-KVK-1-A, disbursement at line 4,"
                    + " reported by NL-KVK-1",
                LocalDate.of(2020, 3, 15))),
        f.provenance());
    assertFalse(f.provenance().orElseThrow().illustrative());
    assertEquals(Optional.of("test.xml:4 NL-KVK-1-A disbursement"), f.source());
    assertFalse(f.toString().contains("illustrative"), f.toString());
  }

  @Test
  void incomingFundsDatedByTheValueDateCarryThatDate() {
    FundingFlow f =
        flows(HEAD + activity("B", incomingByValueDate("2019-12-31", "50")) + TAIL).get(0);
    assertEquals(
        "IATI file test.xml, activity B, incoming funds at line 4, reported by NL-KVK-1,"
            + " 2019-12-31",
        f.provenance().orElseThrow().toString());
  }

  @Test
  void eachFlowCitesItsOwnTransactionAndAMatchedIncomingFundsKeepsTheDisbursements() {
    String incoming =
        "  <transaction><transaction-type code=\"1\"/><transaction-date iso-date=\"2020-01-01\"/>"
            + "<value>100</value><provider-org ref=\"NL-KVK-1\"/><receiver-org ref=\"NL-KVK-2\"/>"
            + "</transaction>\n";
    var i =
        convert(
            HEAD
                + activity("A", disbursement("2020-01-01", "100"), disbursement("2021-06-30", "7"))
                + activity("C", incoming)
                + TAIL);
    assertEquals(1, i.conversion().matched());
    assertEquals(
        List.of(
            "IATI file test.xml, activity A, disbursement at line 4, reported by NL-KVK-1,"
                + " 2020-01-01",
            "IATI file test.xml, activity A, disbursement at line 5, reported by NL-KVK-1,"
                + " 2021-06-30"),
        i.conversion().network().flows().stream()
            .map(f -> f.provenance().orElseThrow().toString())
            .toList());
  }

  @Test
  void aReporterWithoutRefIsLeftOutOfTheSource() {
    String xml =
        HEAD
            + activity("D", disbursement("2020-01-01", "100"))
                .replace("<reporting-org ref=\"NL-KVK-1\"", "<reporting-org ref=\" \"")
            + TAIL;
    List<FundingFlow> flows = flows(xml);
    assertEquals(1, flows.size());
    assertEquals(
        "IATI file test.xml, activity D, disbursement at line 4",
        flows.get(0).provenance().orElseThrow().source());
  }

  @Test
  void theFirstAndLastAcceptedYearsGiveAProvenanceAndLaterOnesAreRefusedByTheFlow() {
    List<FundingFlow> flows =
        flows(
            HEAD
                + activity(
                    "E",
                    disbursement("1900-01-01", "1"),
                    disbursement("2200-12-31", "2"),
                    disbursement("2201-01-01", "3"))
                + TAIL);
    assertEquals(
        List.of(Optional.of(LocalDate.of(1900, 1, 1)), Optional.of(LocalDate.of(2200, 12, 31))),
        flows.stream().map(f -> f.provenance().orElseThrow().date()).toList());
    assertTrue(
        convert(HEAD + activity("E", disbursement("2201-01-01", "3")) + TAIL)
            .entries()
            .get(0)
            .contains("year (2201) must be in [1900, 2200]"));
  }

  @Test
  void aHugeIdentifierIsCitedWhole() {
    String id = "XM-DAC-" + Strings.repeat("9", 20_000);
    FundingFlow f = flows(HEAD + activity(id, disbursement("2020-01-01", "100")) + TAIL).get(0);
    assertTrue(f.provenance().orElseThrow().source().contains(id));
    assertEquals(Optional.of("test.xml:4 " + id + " disbursement"), f.source());
  }
}
