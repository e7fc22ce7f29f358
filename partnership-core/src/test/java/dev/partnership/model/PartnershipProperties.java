package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnershipProperties {

  /** Re-states every invariant of Partnership independently of its own check. */
  static void assertInvariants(Partnership p) {
    assertTrue(!p.members().isEmpty(), "at least one member");
    Set<OrganizationId> ids = new HashSet<>();
    for (Membership m : p.members()) {
      assertTrue(ids.add(m.id()), "unique member " + m.id());
      assertTrue(!m.roles().isEmpty(), "roles of " + m.id());
    }
    p.secretariat()
        .ifPresent(
            s -> {
              assertTrue(ids.contains(s), "secretariat is a member");
              assertTrue(p.member(s).orElseThrow().has(Role.SECRETARIAT), "secretariat holds role");
            });
    assertTrue(p.members().stream().filter(m -> m.has(Role.LEAD)).count() <= 1, "at most one lead");
    if (p.form() == PartnershipForm.BILATERAL) {
      assertEquals(2, p.members().size(), "bilateral has two members");
    }
    p.bodies()
        .forEach(
            b ->
                b.seats()
                    .forEach(
                        seat -> assertTrue(ids.contains(seat.holder()), "seat holder " + seat)));
    p.flows()
        .forEach(
            f ->
                assertTrue(ids.contains(f.provider()) && ids.contains(f.recipient()), "flow " + f));
    p.practice()
        .namedOrganizations()
        .forEach(o -> assertTrue(ids.contains(o), "practice names " + o));
    p.risks().risks().forEach(r -> assertTrue(ids.contains(r.bearer()), "risk bearer " + r));
  }

  /**
   * Asserts that {@code op} either applies, and {@code with} returns a changed partnership keeping
   * every invariant, or does not, and {@code with} refuses with the same reason.
   */
  static void assertAgreesWithWith(Partnership p, PartnershipOperator op) {
    Optional<String> why = op.whyNotApplicable(p);
    Partnership next;
    try {
      next = p.with(op);
    } catch (OperatorNotApplicableException e) {
      assertTrue(why.isPresent(), op + " said it applies, then with refused: " + e.getMessage());
      assertEquals(op + " does not apply: " + why.get(), e.getMessage());
      assertFalse(why.get().isBlank(), "a reason says something");
      return;
    }
    assertEquals(Optional.empty(), why, op + " said it does not apply, then with succeeded");
    assertInvariants(next);
    assertTrue(!next.equals(p), op + " changed nothing");
    assertEquals(next, Partnership.builder().from(next).build());
  }

  @Test
  void whyNotApplicableIsEmptyExactlyWhenWithSucceeds() {
    qt().withExamples(3000)
        .forAll(ModelGenerators.partnershipsWithFacetsAndOperators())
        .checkAssert(po -> assertAgreesWithWith(po.partnership(), po.operator()));
  }

  @Test
  void generatedPartnershipsHoldEveryInvariant() {
    qt().forAll(ModelGenerators.partnerships())
        .checkAssert(PartnershipProperties::assertInvariants);
  }

  @Test
  void everyOperatorKeepsEveryInvariantOrSaysWhyItDoesNotApply() {
    qt().withExamples(2000)
        .forAll(ModelGenerators.partnershipsWithOperators())
        .checkAssert(po -> assertAgreesWithWith(po.partnership(), po.operator()));
  }

  @Test
  void admitThenLeaveGivesBackAnEqualPartnership() {
    qt().forAll(
            ModelGenerators.partnerships(),
            ModelGenerators.organizations(),
            ModelGenerators.roleSets())
        .assuming(
            (p, o, r) ->
                !p.isMember(o) && p.form() != PartnershipForm.BILATERAL && !r.contains(Role.LEAD))
        .checkAssert(
            (p, o, r) -> {
              Partnership admitted =
                  p.with(
                      PartnershipOperators.admit(
                          Membership.builder().organization(o).roles(r).build()));
              assertEquals(p.members().size() + 1, admitted.members().size());
              assertEquals(p, admitted.with(PartnershipOperators.leave(o)));
            });
  }

  @Test
  void builderFromGivesBackAnEqualValue() {
    qt().forAll(ModelGenerators.partnerships())
        .checkAssert(
            p -> {
              assertEquals(p, Partnership.builder().from(p).build());
              p.members().forEach(m -> assertEquals(m, Membership.builder().from(m).build()));
              p.organizations()
                  .forEach(o -> assertEquals(o, Organization.builder().from(o).build()));
            });
  }
}
