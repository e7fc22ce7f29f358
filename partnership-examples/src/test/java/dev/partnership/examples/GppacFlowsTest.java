package dev.partnership.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.actors.Provenance;
import dev.partnership.funding.Earmarking;
import dev.partnership.funding.FundingFlow;
import dev.partnership.iati.IatiActivity;
import dev.partnership.iati.IatiConversion;
import dev.partnership.iati.IatiReader;
import dev.partnership.iati.IatiTransaction;
import dev.partnership.iati.OrganisationRole;
import dev.partnership.iati.TransactionType;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks GPPAC's funding flows against the shared IATI data they were taken from: Sida's activity
 * {@code SE-0-SE-6-11088A0102-GGG-15220} "GPPAC Core support 2017-2021" in {@code dportal_38.xml},
 * read again here with the library's own IATI reader. Fails (never skips) when the data is missing.
 */
class GppacFlowsTest {
  private static final String FILE = "dportal_38.xml";
  private static final String ACTIVITY = "SE-0-SE-6-11088A0102-GGG-15220";
  private static final OrganizationId SIDA = OrganizationId.of("SE-6");

  private static IatiActivity activity() {
    Path file = FairTest.activities(FILE);
    List<IatiActivity> found = new ArrayList<>();
    IatiReader.forEach(
        file,
        a -> {
          if (a.identifier().equals(ACTIVITY)) {
            found.add(a);
          }
        });
    assertEquals(1, found.size(), "activities " + ACTIVITY + " in " + FILE);
    return found.get(0);
  }

  private static List<IatiTransaction> disbursements(IatiActivity a) {
    return a.transactions().stream()
        .filter(t -> t.type().equals(java.util.Optional.of(TransactionType.DISBURSEMENT)))
        .toList();
  }

  private static Map<String, BigDecimal> sumPerCurrency(List<FundingFlow> flows) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (FundingFlow f : flows) {
      sums.merge(f.amount().currency().getCurrencyCode(), f.amount().amount(), BigDecimal::add);
    }
    return sums;
  }

  @Test
  void theDocumentsFlowsAreTheActivitysDisbursementsOneForOne() {
    IatiActivity a = activity();
    List<IatiTransaction> paid = disbursements(a);
    List<FundingFlow> flows = Alliances.gppac().flows();
    // the data: one commitment and seven disbursements; the commitment is not a flow
    assertEquals(8, a.transactions().size());
    assertEquals(7, paid.size());
    assertEquals(paid.size(), flows.size());
    Map<String, BigDecimal> expected = new TreeMap<>();
    for (IatiTransaction t : paid) {
      expected.merge(t.currency().orElseThrow(), t.value().orElseThrow(), BigDecimal::add);
    }
    Map<String, BigDecimal> actual = sumPerCurrency(flows);
    assertEquals(expected.keySet(), actual.keySet());
    for (String c : expected.keySet()) {
      assertEquals(0, expected.get(c).compareTo(actual.get(c)), c + ": " + actual.get(c));
    }
    assertEquals(0, new BigDecimal("3385990.7768297660").compareTo(actual.get("USD")));
    for (int i = 0; i < paid.size(); i++) {
      IatiTransaction t = paid.get(i);
      FundingFlow f = flows.get(i);
      assertEquals(t.value().orElseThrow(), f.amount().amount(), "amount of flow " + i);
      assertEquals(t.currency().orElseThrow(), f.amount().currency().getCurrencyCode());
      assertEquals(t.date(), f.date(), "date of flow " + i);
      assertEquals(t.date().orElseThrow().getYear(), f.year());
      assertEquals(
          FILE + ":" + t.line() + " " + ACTIVITY + " disbursement", f.source().orElseThrow());
    }
  }

  @Test
  void theFlowsGoFromSidaToTheGppacFoundationUnearmarkedAndSourced() {
    Partnership p = Alliances.gppac();
    OrganizationId foundation = p.secretariat().orElseThrow();
    assertEquals(Alliances.GPPAC_FOUNDATION.id(), foundation);
    for (FundingFlow f : p.flows()) {
      assertEquals(SIDA, f.provider(), f.toString());
      assertEquals(foundation, f.recipient(), f.toString());
      assertEquals(Earmarking.UNEARMARKED, f.earmarking().orElseThrow(), f.toString());
      Provenance pr = f.provenance().orElseThrow();
      assertFalse(pr.illustrative(), f.toString());
      assertEquals(f.date(), pr.date(), f.toString());
      // the example's readings are said as readings, in the provenance people read
      assertTrue(pr.source().contains("this example's reading of core support"), pr.source());
      assertTrue(pr.source().contains("CRS channel code 21000"), pr.source());
    }
    Membership sida = p.member(SIDA).orElseThrow();
    assertEquals(java.util.Set.of(Role.FUNDER), sida.roles());
    assertEquals(OrganizationType.GOVERNMENT, sida.organization().type());
    assertEquals(
        "Swedish International Development Cooperation Agency", sida.organization().name());
    assertTrue(sida.provenance().orElseThrow().source().contains(ACTIVITY));
  }

  @Test
  void sidaIsTheExtendingOrganisationAndTheFlowsStayWithinTheCommitment() {
    IatiActivity a = activity();
    assertEquals(
        List.of("SE-6"),
        a.withRole(OrganisationRole.EXTENDING).stream()
            .map(p -> p.org().ref().orElseThrow())
            .toList());
    assertEquals(
        "Swedish International Development Cooperation Agency",
        a.withRole(OrganisationRole.EXTENDING).get(0).org().name().orElseThrow());
    BigDecimal committed =
        a.transactions().stream()
            .filter(
                t -> t.type().equals(java.util.Optional.of(TransactionType.OUTGOING_COMMITMENT)))
            .map(t -> t.value().orElseThrow())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, new BigDecimal("3627003.627003").compareTo(committed));
    BigDecimal paid = sumPerCurrency(Alliances.gppac().flows()).get("USD");
    assertTrue(paid.compareTo(committed) < 0, paid + " paid of " + committed + " committed");
  }

  @Test
  void eachProvenanceBeginsWithWhatTheIatiImportSaysOfTheSameTransaction() {
    IatiConversion.Builder b = IatiConversion.builder();
    IatiReader.forEach(
        FairTest.activities(FILE),
        a -> {
          if (a.identifier().equals(ACTIVITY)) {
            b.accept(a);
          }
        });
    List<FundingFlow> imported = b.build().network().flows();
    List<FundingFlow> flows = Alliances.gppac().flows();
    assertEquals(imported.size(), flows.size());
    for (int i = 0; i < flows.size(); i++) {
      FundingFlow mine = flows.get(i);
      FundingFlow theirs = imported.get(i);
      // the import reads Sweden (the reporter) as provider and the channel code's narrative as
      // receiver; the document names Sida and the GPPAC Foundation: the money and dates agree
      assertEquals(theirs.amount(), mine.amount());
      assertEquals(theirs.date(), mine.date());
      assertEquals(theirs.source(), mine.source());
      Provenance p = theirs.provenance().orElseThrow();
      assertTrue(
          mine.provenance().orElseThrow().source().startsWith(p.source() + ";"),
          mine.provenance() + " vs " + p);
      assertEquals(p.date(), mine.provenance().orElseThrow().date());
    }
  }
}
