package dev.partnership.model;

import static dev.partnership.model.PartnershipOperators.hostSecretariat;
import static dev.partnership.model.PartnershipOperators.moveSecretariat;
import static dev.partnership.model.PracticeOperatorsTest.refuses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableSet;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PartnershipOperators#moveSecretariat}: the role and the pointer move in one step. */
class MoveSecretariatTest {
  static final Organization LEAD = OperatorTest.LEAD;
  static final Organization JASS = OperatorTest.JASS;
  static final Organization CREA = OperatorTest.CREA;
  static final Organization AWID = OperatorTest.AWID;

  static Partnership hosted() {
    return OperatorTest.alliance()
        .with(PartnershipOperators.assignRole(LEAD, Role.SECRETARIAT))
        .with(hostSecretariat(JASS));
  }

  @Test
  void theRoleAndThePointerMoveTogether() {
    Partnership p = hosted();
    assertEquals(
        ImmutableSet.of(Role.MEMBER, Role.SECRETARIAT), p.member(JASS.id()).orElseThrow().roles());
    PartnershipOperator op = moveSecretariat(JASS, CREA);
    assertEquals("moveSecretariat(JASS, CREA)", op.toString());
    assertEquals("moveSecretariat(jass, crea)", moveSecretariat(JASS.id(), CREA.id()).toString());
    Partnership next = p.with(op);
    assertEquals(Optional.of(CREA.id()), next.secretariat());
    assertEquals(ImmutableSet.of(Role.MEMBER), next.member(JASS.id()).orElseThrow().roles());
    assertEquals(
        ImmutableSet.of(Role.MEMBER, Role.SECRETARIAT),
        next.member(CREA.id()).orElseThrow().roles());
    assertEquals(
        ImmutableSet.of(Role.LEAD, Role.FUNDER, Role.SECRETARIAT),
        next.member(LEAD.id()).orElseThrow().roles(),
        "a regional secretariat elsewhere keeps its role");
    assertEquals(p.with(hostSecretariat(CREA)), next);
    refuses(next, op, "the secretariat of alliance is hosted by crea, not jass");
    assertEquals(p, next.with(moveSecretariat(CREA, JASS)));
  }

  @Test
  void aHostWhoseOnlyRoleWasSecretariatBecomesAMember() {
    Partnership p =
        Partnership.builder()
            .from(OperatorTest.alliance())
            .members(
                OperatorTest.alliance().members().stream()
                    .map(m -> m.id().equals(AWID.id()) ? Membership.of(AWID, Role.SECRETARIAT) : m)
                    .toList())
            .secretariat(AWID.id())
            .build();
    Partnership next = p.with(moveSecretariat(AWID.id(), JASS.id()));
    assertEquals(ImmutableSet.of(Role.MEMBER), next.member(AWID.id()).orElseThrow().roles());
    assertEquals(Optional.of(JASS.id()), next.secretariat());
  }

  @Test
  void everyRefusalSaysWhy() {
    refuses(
        OperatorTest.alliance(),
        moveSecretariat(JASS.id(), CREA.id()),
        "alliance has no secretariat to move; host one with hostSecretariat");
    refuses(
        hosted(),
        moveSecretariat(CREA.id(), AWID.id()),
        "the secretariat of alliance is hosted by jass, not crea");
    refuses(
        hosted(),
        moveSecretariat(JASS.id(), OrganizationId.of("nobody")),
        "nobody is not a member of alliance");
    refuses(
        hosted(),
        moveSecretariat(JASS.id(), JASS.id()),
        "jass already hosts the secretariat of alliance");
    Organization outsider = Organization.of("Outsider", OrganizationType.NATIONAL_NGO);
    refuses(hosted(), moveSecretariat(JASS, outsider), "outsider is not a member of alliance");
  }
}
