package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Partnership.Builder}: the public methods the generated builder had (and
 * no others: the trusted member changes are package-private), their semantics (collections append,
 * {@code from} appends members to those already added), and null refusals.
 */
class PartnershipBuilderTest {
  private static final Organization A =
      Organization.of("a", "Alpha", OrganizationType.NATIONAL_NGO, "KE");
  private static final Organization B =
      Organization.of("b", "Beta", OrganizationType.NATIONAL_NGO, "KE");
  private static final Organization C =
      Organization.of("c", "Gamma", OrganizationType.NATIONAL_NGO, "KE");

  private static Partnership.Builder named() {
    return Partnership.builder().id("p").name("P").form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
  }

  @Test
  void hasExactlyThePublicMethodsOfTheGeneratedBuilder() {
    Set<String> expected =
        new TreeSet<>(
            List.of(
                "from(Partnership)",
                "id(String)",
                "name(String)",
                "form(PartnershipForm)",
                "addMember(Membership)",
                "addMembers(Membership[])",
                "members(Iterable)",
                "addAllMembers(Iterable)",
                "secretariat(OrganizationId)",
                "secretariat(Optional)",
                "addCountry(CountryCode)",
                "addCountries(CountryCode[])",
                "countries(Iterable)",
                "addAllCountries(Iterable)",
                "putCountryProvenance(CountryCode,Provenance)",
                "putCountryProvenance(Entry)",
                "countryProvenance(Map)",
                "putAllCountryProvenance(Map)",
                "addFlow(FundingFlow)",
                "addFlows(FundingFlow[])",
                "flows(Iterable)",
                "addAllFlows(Iterable)",
                "practice(Practice)",
                "risks(RiskRegister)",
                "powerMap(PowerMap)",
                "decisionRights(DecisionRights)",
                "addBody(GoverningBody)",
                "addBodies(GoverningBody[])",
                "bodies(Iterable)",
                "addAllBodies(Iterable)",
                "build()"));
    Set<String> actual =
        Arrays.stream(Partnership.Builder.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(PartnershipBuilderTest::signature)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual);
    for (Method m : Partnership.Builder.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.getName().equals("build")) {
        assertEquals(Partnership.Builder.class, m.getReturnType(), m.getName());
      }
    }
    assertTrue(Modifier.isPublic(Partnership.Builder.class.getModifiers()));
  }

  private static String signature(Method m) {
    return m.getName()
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }

  @Test
  void fromAppendsItsMembersToThoseAlreadyAdded() {
    Partnership p = named().addMember(Membership.of(B, Role.MEMBER)).build();
    Partnership q = Partnership.builder().addMember(Membership.of(A, Role.MEMBER)).from(p).build();
    assertEquals(List.of(A.id(), B.id()), q.members().stream().map(Membership::id).toList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Partnership.builder().from(p).from(p).build());
    assertEquals("members (b) must list each organisation once", e.getMessage());
  }

  @Test
  void membersReplacesAndAddAllAppends() {
    Partnership p =
        named()
            .addMembers(Membership.of(A, Role.MEMBER), Membership.of(B, Role.MEMBER))
            .members(List.of(Membership.of(C, Role.MEMBER)))
            .addAllMembers(List.of(Membership.of(A, Role.LEAD)))
            .build();
    assertEquals(List.of(C.id(), A.id()), p.members().stream().map(Membership::id).toList());
    assertSame(p.members(), p.members(), "the list is built once per state");
    assertEquals(Optional.of(Membership.of(A, Role.LEAD)), p.member(A.id()));
    assertEquals(Optional.empty(), p.member(OrganizationId.of("b")));
  }

  @Test
  void aStateThatLeavesTheMembersAloneSharesTheirList() {
    Partnership p =
        named().addMembers(Membership.of(A, Role.MEMBER), Membership.of(B, Role.MEMBER)).build();
    Partnership copy = Partnership.builder().from(p).name("Renamed").build();
    assertSame(p.members(), copy.members());
  }

  @Test
  void refusesNullsNamingWhatWasNull() {
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Partnership.class, named().addMember(Membership.of(A, Role.MEMBER)).build())
            .setDefault(Membership.class, Membership.of(A, Role.MEMBER))
            .setDefault(
                dev.partnership.actors.Provenance.class,
                dev.partnership.actors.Provenance.of("annual report"))
            .setDefault(
                dev.partnership.actors.CountryCode.class,
                dev.partnership.actors.CountryCode.of("KE"));
    npt.testAllPublicInstanceMethods(Partnership.builder());
    List<Membership> withNull = Arrays.asList(Membership.of(A, Role.MEMBER), null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> named().addAllMembers(withNull));
    assertEquals("members element", e.getMessage());
    assertThrows(NullPointerException.class, () -> named().members(withNull));
    assertThrows(
        NullPointerException.class, () -> named().addMembers(Membership.of(A, Role.MEMBER), null));
  }

  @Test
  void aBuilderWithoutIdSaysWhichAttributesAreMissing() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Partnership.builder().addMember(Membership.of(A, Role.MEMBER)).build());
    assertTrue(e.getMessage().contains("[id, name, form]"), e.getMessage());
  }
}
