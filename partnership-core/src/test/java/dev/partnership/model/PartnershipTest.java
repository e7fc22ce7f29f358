package dev.partnership.model;

import static dev.partnership.model.PartnershipOperators.admit;
import static dev.partnership.model.PartnershipOperators.assignRole;
import static dev.partnership.model.PartnershipOperators.hostSecretariat;
import static dev.partnership.model.PartnershipOperators.leave;
import static dev.partnership.model.PartnershipOperators.revokeRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.OperatingLevel;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import dev.partnership.math.Fraction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnershipTest {
  static final Organization MAMA_CASH =
      Organization.builder()
          .id(OrganizationId.of("NL-KVK-41202535"))
          .name("Mama Cash")
          .type(OrganizationType.FOUNDATION)
          .addLevel(OperatingLevel.GLOBAL)
          .build();
  static final Organization JASS = Organization.of("JASS", OrganizationType.NATIONAL_NGO, "MX");
  static final Organization CREA = Organization.of("CREA", OrganizationType.NATIONAL_NGO, "IN");
  static final Organization MINISTRY =
      Organization.of("XM-DAC-7", "Netherlands MFA", OrganizationType.GOVERNMENT, "NL");

  static Partnership cmi() {
    return Partnership.of(
        "count-me-in",
        "Count Me In!",
        PartnershipForm.ALLIANCE_OR_CONSORTIUM,
        Membership.of(MAMA_CASH, Role.LEAD, Role.REGRANTER),
        Membership.of(JASS, Role.MEMBER),
        Membership.of(MINISTRY, Role.FUNDER));
  }

  @Test
  void rejectsAPartnershipWithoutMembers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Partnership.builder()
                    .id("x")
                    .name("X")
                    .form(PartnershipForm.ALLIANCE_OR_CONSORTIUM)
                    .build());
    assertEquals("members ([]) must hold at least one member", e.getMessage());
  }

  @Test
  void rejectsAnOrganisationListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Partnership.of(
                    "x",
                    "X",
                    PartnershipForm.ALLIANCE_OR_CONSORTIUM,
                    Membership.of(JASS, Role.MEMBER),
                    Membership.of(JASS, Role.LEAD)));
    assertEquals("members (jass) must list each organisation once", e.getMessage());
  }

  @Test
  void rejectsASecretariatThatIsNotAMember() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Partnership.builder().from(cmi()).secretariat(CREA.id()).build());
    assertEquals("secretariat (crea) must be a member", e.getMessage());
  }

  @Test
  void rejectsASecretariatWithoutTheRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Partnership.builder().from(cmi()).secretariat(JASS.id()).build());
    assertEquals("secretariat (jass) must hold the role SECRETARIAT", e.getMessage());
  }

  @Test
  void rejectsTwoLeads() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Partnership.builder()
                    .from(cmi())
                    .addMember(Membership.of(CREA, Role.LEAD))
                    .build());
    assertEquals("members ([NL-KVK-41202535, crea]) must hold at most one LEAD", e.getMessage());
  }

  @Test
  void rejectsABilateralPartnershipOfThree() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Partnership.builder().from(cmi()).form(PartnershipForm.BILATERAL).build());
    assertEquals(
        "members (3 members) of a BILATERAL partnership must be exactly 2", e.getMessage());
  }

  @Test
  void rejectsBlankIdAndName() {
    assertThrows(
        IllegalArgumentException.class, () -> Partnership.builder().from(cmi()).id(" ").build());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Partnership.builder().from(cmi()).name("").build());
    assertEquals("name (\"\") must not be blank", e.getMessage());
  }

  @Test
  void rejectsAMembershipWithoutRoles() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Membership.builder().organization(JASS).build());
    assertEquals("roles ([] of jass) must hold at least one role", e.getMessage());
  }

  @Test
  void findsMembersByIdAndOrganisation() {
    Partnership p = cmi();
    assertTrue(p.isMember(JASS));
    assertTrue(p.isMember(JASS.id()));
    assertFalse(p.isMember(CREA));
    assertEquals(Optional.empty(), p.member(CREA.id()));
    assertEquals(ImmutableSet.of(Role.MEMBER), p.member(JASS.id()).orElseThrow().roles());
    assertEquals(ImmutableList.of(MAMA_CASH, JASS, MINISTRY), p.organizations());
  }

  @Test
  void admitAppendsAMember() {
    Partnership next = cmi().with(admit(CREA, Role.MEMBER, Role.LOBBY_PARTNER));
    assertEquals(CREA, next.members().get(3).organization());
    assertEquals(ImmutableSet.of(Role.MEMBER, Role.LOBBY_PARTNER), next.members().get(3).roles());
    assertEquals(
        "admit(crea, [MEMBER, LOBBY_PARTNER])",
        admit(CREA, Role.MEMBER, Role.LOBBY_PARTNER).toString());
  }

  @Test
  void admitDoesNotApplyToAMemberOrASecondLead() {
    assertEquals(
        Optional.of("jass is already a member of count-me-in"),
        admit(JASS, Role.MEMBER).whyNotApplicable(cmi()));
    assertEquals(
        Optional.of("count-me-in already has a LEAD: NL-KVK-41202535"),
        admit(CREA, Role.LEAD).whyNotApplicable(cmi()));
    OperatorNotApplicableException e =
        assertThrows(
            OperatorNotApplicableException.class, () -> cmi().with(admit(JASS, Role.MEMBER)));
    assertEquals(
        "admit(jass, [MEMBER]) does not apply: jass is already a member of count-me-in",
        e.getMessage());
    assertEquals("admit(jass, [MEMBER])", e.operator());
  }

  @Test
  void admitDoesNotApplyToAFullBilateral() {
    Partnership bilateral =
        Partnership.of(
            "b",
            "B",
            PartnershipForm.BILATERAL,
            Membership.of(JASS, Role.MEMBER),
            Membership.of(CREA, Role.MEMBER));
    assertFalse(admit(MAMA_CASH, Role.FUNDER).isApplicableTo(bilateral));
    assertFalse(leave(JASS).isApplicableTo(bilateral));
  }

  @Test
  void leaveRemovesAMember() {
    Partnership next = cmi().with(leave(JASS));
    assertEquals(ImmutableList.of(MAMA_CASH, MINISTRY), next.organizations());
    assertEquals("leave(jass)", leave(JASS).toString());
  }

  @Test
  void leaveDoesNotApplyToOutsidersTheLastMemberOrTheSecretariatHost() {
    assertEquals(
        Optional.of("crea is not a member of count-me-in"), leave(CREA).whyNotApplicable(cmi()));
    Partnership alone =
        Partnership.of(
            "a", "A", PartnershipForm.NETWORK_WITH_SECRETARIAT, Membership.of(JASS, Role.MEMBER));
    assertEquals(Optional.of("jass is the last member of a"), leave(JASS).whyNotApplicable(alone));
    Partnership hosted = cmi().with(hostSecretariat(JASS));
    assertEquals(
        Optional.of("jass hosts the secretariat of count-me-in; move it first"),
        leave(JASS).whyNotApplicable(hosted));
  }

  @Test
  void assignAndRevokeRoles() {
    Partnership next = cmi().with(assignRole(JASS, Role.LOBBY_PARTNER));
    assertEquals(
        ImmutableSet.of(Role.MEMBER, Role.LOBBY_PARTNER),
        next.member(JASS.id()).orElseThrow().roles());
    assertEquals(cmi(), next.with(revokeRole(JASS, Role.LOBBY_PARTNER)));
    assertEquals(
        "assignRole(jass, LOBBY_PARTNER)", assignRole(JASS, Role.LOBBY_PARTNER).toString());
    assertEquals(
        "revokeRole(jass, LOBBY_PARTNER)", revokeRole(JASS, Role.LOBBY_PARTNER).toString());
  }

  @Test
  void assignRoleDoesNotApplyTwiceOrForASecondLead() {
    assertEquals(
        Optional.of("jass already holds MEMBER"),
        assignRole(JASS, Role.MEMBER).whyNotApplicable(cmi()));
    assertEquals(
        Optional.of("count-me-in already has a LEAD: NL-KVK-41202535"),
        assignRole(JASS, Role.LEAD).whyNotApplicable(cmi()));
    assertEquals(
        Optional.of("crea is not a member of count-me-in"),
        assignRole(CREA, Role.MEMBER).whyNotApplicable(cmi()));
  }

  @Test
  void revokeRoleDoesNotApplyToTheOnlyRoleOrTheHostedSecretariat() {
    assertEquals(
        Optional.of("MEMBER is the only role of jass; a member holds at least one"),
        revokeRole(JASS, Role.MEMBER).whyNotApplicable(cmi()));
    assertEquals(
        Optional.of("jass does not hold FUNDER"),
        revokeRole(JASS, Role.FUNDER).whyNotApplicable(cmi()));
    assertEquals(
        Optional.of("crea is not a member of count-me-in"),
        revokeRole(CREA, Role.FUNDER).whyNotApplicable(cmi()));
    Partnership hosted = cmi().with(hostSecretariat(JASS));
    assertEquals(
        Optional.of("jass hosts the secretariat of count-me-in; move it first"),
        revokeRole(JASS, Role.SECRETARIAT).whyNotApplicable(hosted));
  }

  @Test
  void hostSecretariatMovesTheRole() {
    Partnership hosted = cmi().with(hostSecretariat(JASS));
    assertEquals(Optional.of(JASS.id()), hosted.secretariat());
    assertTrue(hosted.member(JASS.id()).orElseThrow().has(Role.SECRETARIAT));
    Partnership moved = hosted.with(hostSecretariat(MAMA_CASH));
    assertEquals(Optional.of(MAMA_CASH.id()), moved.secretariat());
    assertEquals(ImmutableSet.of(Role.MEMBER), moved.member(JASS.id()).orElseThrow().roles());
    assertTrue(moved.member(MAMA_CASH.id()).orElseThrow().has(Role.SECRETARIAT));
    assertEquals(
        Optional.of("NL-KVK-41202535 already hosts the secretariat of count-me-in"),
        hostSecretariat(MAMA_CASH).whyNotApplicable(moved));
    assertEquals(
        Optional.of("crea is not a member of count-me-in"),
        hostSecretariat(CREA).whyNotApplicable(cmi()));
    assertEquals("hostSecretariat(jass)", hostSecretariat(JASS).toString());
  }

  @Test
  void aPreviousHostWithOtherRolesKeepsThem() {
    Partnership hosted =
        cmi().with(assignRole(JASS, Role.LOBBY_PARTNER)).with(hostSecretariat(JASS));
    Partnership moved = hosted.with(hostSecretariat(MAMA_CASH));
    assertEquals(
        ImmutableSet.of(Role.MEMBER, Role.LOBBY_PARTNER),
        moved.member(JASS.id()).orElseThrow().roles());
  }

  @Test
  void queriesReadTheMembership() {
    Partnership p = cmi();
    assertEquals(Optional.of(MAMA_CASH), p.query(PartnershipQueries.lead()));
    assertEquals(ImmutableList.of(MINISTRY), p.query(PartnershipQueries.funders()));
    assertEquals(
        ImmutableList.of(p.members().get(0)),
        p.query(PartnershipQueries.membersWithRole(Role.REGRANTER)));
    // Mama Cash operates only globally: international. JASS (a national NGO in Mexico, on the DAC
    // list) is local/national; the ministry is a state actor of the Netherlands, not on the list.
    assertEquals(ImmutableList.of(JASS), p.query(PartnershipQueries.localAndNationalMembers()));
    assertEquals(Fraction.of(1, 3), p.query(PartnershipQueries.localAndNationalShare()));
    assertEquals(
        Optional.empty(),
        p.with(revokeRole(MAMA_CASH, Role.LEAD)).query(PartnershipQueries.lead()));
    assertEquals("localAndNationalShare()", PartnershipQueries.localAndNationalShare().toString());
  }

  @Test
  void toStringNamesMembersAndRoles() {
    Partnership p = cmi().with(hostSecretariat(JASS));
    assertEquals(
        "Partnership count-me-in \"Count Me In!\" ALLIANCE_OR_CONSORTIUM: 3 members [Mama Cash [LEAD, REGRANTER],"
            + " JASS [SECRETARIAT, MEMBER], Netherlands MFA [FUNDER]], secretariat jass",
        p.toString());
    Membership m =
        Membership.builder()
            .organization(JASS)
            .addRole(Role.MEMBER)
            .involvedFromDesign(true)
            .startDate(LocalDate.of(2016, 1, 1))
            .build();
    assertEquals("JASS [MEMBER], from design, since 2016-01-01", m.toString());
  }

  @Test
  void valueTypesHaveEqualsAndRejectNulls() {
    new EqualsTester()
        .addEqualityGroup(cmi(), cmi(), Partnership.builder().from(cmi()).build())
        .addEqualityGroup(cmi().with(leave(JASS)))
        .addEqualityGroup(Membership.of(JASS, Role.MEMBER), Membership.of(JASS, Role.MEMBER))
        .addEqualityGroup(
            Membership.builder()
                .organization(JASS)
                .addRole(Role.MEMBER)
                .involvedFromDesign(true)
                .build())
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Organization.class, JASS)
            .setDefault(OrganizationId.class, JASS.id())
            .setDefault(Membership.class, Membership.of(CREA, Role.MEMBER))
            .setDefault(Partnership.class, cmi())
            .setDefault(PartnershipOperator.class, leave(JASS))
            .setDefault(PartnershipQuery.class, PartnershipQueries.lead());
    npt.testAllPublicStaticMethods(Partnership.class);
    npt.testAllPublicStaticMethods(Membership.class);
    npt.testAllPublicStaticMethods(PartnershipOperators.class);
    npt.testAllPublicStaticMethods(PartnershipQueries.class);
    npt.testAllPublicInstanceMethods(cmi());
    npt.testAllPublicInstanceMethods(Membership.of(JASS, Role.MEMBER));
  }
}
