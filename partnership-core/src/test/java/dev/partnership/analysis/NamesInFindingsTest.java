package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.model.Membership;
import dev.partnership.model.Partnership;
import dev.partnership.model.PartnershipForm;
import dev.partnership.model.Role;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Findings name organisations as people read them: name and acronym, never the identifier. */
class NamesInFindingsTest {

  private static final Organization WO_MEN =
      Organization.builder()
          .id(OrganizationId.of("NL-KVK-27293385"))
          .name("WO=MEN Dutch Gender Platform")
          .acronym("WO=MEN")
          .type(OrganizationType.NATIONAL_NGO)
          .build();
  private static final Organization SAME =
      Organization.builder()
          .id(OrganizationId.of("crea"))
          .name("CREA")
          .acronym("CREA")
          .type(OrganizationType.INTERNATIONAL_NGO)
          .build();
  private static final Organization LOWER =
      Organization.of("aa-lower", "aa lower case", OrganizationType.FOUNDATION, "NL");

  private static final Partnership P =
      Partnership.of(
          "trio",
          "Trio (illustrative)",
          PartnershipForm.ALLIANCE_OR_CONSORTIUM,
          Membership.of(WO_MEN, Role.LEAD),
          Membership.of(SAME, Role.MEMBER),
          Membership.of(LOWER, Role.MEMBER));

  @Test
  void aMemberIsNamedWithItsAcronymUnlessTheAcronymIsTheName() {
    assertEquals("WO=MEN Dutch Gender Platform (WO=MEN)", Lessons.name(P, WO_MEN.id()));
    assertEquals("CREA", Lessons.name(P, SAME.id()));
    assertEquals("aa lower case", Lessons.name(P, LOWER.id()));
  }

  @Test
  void anOrganisationThatIsNotAMemberKeepsItsIdentifier() {
    assertEquals("gone", Lessons.name(P, OrganizationId.of("gone")));
    assertEquals(
        "CREA, gone", Lessons.names(ImmutableSet.of(OrganizationId.of("gone"), SAME.id()), P));
  }

  @Test
  void namesAreSortedIgnoringCaseAndNoneSaysNone() {
    assertEquals("none", Lessons.names(ImmutableSet.of(), P));
    assertEquals(
        "aa lower case, CREA, WO=MEN Dutch Gender Platform (WO=MEN)",
        Lessons.names(ImmutableSet.of(WO_MEN.id(), SAME.id(), LOWER.id()), P));
  }

  @Test
  void lessonFourSuggestsTheMembersByNameNotByIdentifier() {
    Finding f = Lessons.FROM_THE_BEGINNING.check(P, LessonsTest.AS_OF);
    assertEquals(
        "Involve aa lower case, CREA, WO=MEN Dutch Gender Platform (WO=MEN) in the next design or"
            + " redesign, and take time to know each other",
        f.suggestion());
    assertFalse(f.text().contains("NL-KVK-27293385"), f.text());
  }

  @Test
  void aLargePartnershipIsSummarisedAfterTheFirstNames() {
    Partnership.Builder b =
        Partnership.builder()
            .id("many")
            .name("Many (illustrative)")
            .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
    IntStream.range(0, 2000)
        .forEach(
            i ->
                b.addMembers(
                    Membership.of(
                        Organization.of(
                            String.format("m%04d", i),
                            String.format("Member %04d", i),
                            OrganizationType.NATIONAL_NGO,
                            "KE"),
                        Role.MEMBER)));
    Partnership many = b.build();
    String all =
        Lessons.names(
            many.members().stream().map(Membership::id).collect(ImmutableSet.toImmutableSet()),
            many);
    assertEquals(
        IntStream.range(0, Lessons.LISTED - 2)
                .mapToObj(i -> String.format("Member %04d", i))
                .collect(Collectors.joining(", "))
            + " and "
            + (2000 - Lessons.LISTED + 2)
            + " more",
        all);
    // up to LISTED names are listed in full, one more is summarised
    ImmutableSet<dev.partnership.actors.OrganizationId> eight =
        many.members().stream()
            .limit(Lessons.LISTED)
            .map(Membership::id)
            .collect(ImmutableSet.toImmutableSet());
    assertEquals(Lessons.LISTED, Lessons.names(eight, many).split(", ").length);
    ImmutableSet<dev.partnership.actors.OrganizationId> nine =
        many.members().stream()
            .limit(Lessons.LISTED + 1)
            .map(Membership::id)
            .collect(ImmutableSet.toImmutableSet());
    assertEquals(
        "Member 0000, Member 0001, Member 0002, Member 0003, Member 0004, Member 0005 and 3 more",
        Lessons.names(nine, many));
  }
}
