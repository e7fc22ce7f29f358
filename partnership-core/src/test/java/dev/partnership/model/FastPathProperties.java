package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast path (operators that change one member of the persistent member table) against the
 * copying path it replaced: every operator of every catalogue, applied in sequence, is refused with
 * the same message, or gives a partnership equal to the one the copying change gives and to the one
 * built from scratch through the public builder, with the same members in the same order, the same
 * hash code and the same {@code toString}.
 *
 * <p>The copying reference is each operator with its change replaced by the change as it was before
 * the member table: the member list rebuilt from scratch ({@code leave} filters the list, role
 * changes map every member), through the public {@code members(..)} of the builder.
 */
class FastPathProperties {

  @Test
  void aSequenceOfOperatorsAgreesWithTheCopyingPathAndWithTheBuilder() {
    qt().withExamples(400)
        .forAll(
            ModelGenerators.partnershipsWithFacets(),
            lists().of(ModelGenerators.organizations()).ofSize(12),
            lists().of(longs().all()).ofSize(12))
        .checkAssert(
            (start, outsiders, seeds) -> {
              Partnership p = start;
              for (int i = 0; i < seeds.size(); i++) {
                PartnershipOperator op =
                    ModelGenerators.operator(p, outsiders.get(i), seeds.get(i));
                p = assertAgreesWithCopying(p, op);
              }
            });
  }

  @Test
  void simpleStepsOnALargePartnershipAgreeWithTheCopyingPath() {
    qt().withExamples(60)
        .forAll(integers().between(1, 300), longs().all())
        .checkAssert(
            (size, seed) -> {
              java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
              Partnership.Builder b =
                  Partnership.builder()
                      .id("big")
                      .name("Big")
                      .form(PartnershipForm.NETWORK_WITH_SECRETARIAT);
              for (int i = 0; i < size; i++) {
                b.addMember(Membership.of(org(i), i == 0 ? Role.LEAD : Role.MEMBER));
              }
              Partnership p = b.build();
              for (int step = 0; step < 40; step++) {
                OrganizationId id = org(r.nextInt(size + 5)).id();
                Role role = Role.values()[r.nextInt(Role.values().length)];
                PartnershipOperator op =
                    switch (r.nextInt(6)) {
                      case 0 -> PartnershipOperators.admit(org(size + r.nextInt(50)), role);
                      case 1 -> PartnershipOperators.leave(id);
                      case 2 -> PartnershipOperators.assignRole(id, role);
                      case 3 -> PartnershipOperators.revokeRole(id, role);
                      case 4 -> PartnershipOperators.hostSecretariat(id);
                      default ->
                          p.secretariat().isPresent() && r.nextBoolean()
                              ? PartnershipOperators.moveSecretariat(p.secretariat().get(), id)
                              : PartnershipOperators.admit(org(r.nextInt(size + 50)), role);
                    };
                p = assertAgreesWithCopying(p, op);
              }
            });
  }

  private static Organization org(int n) {
    return Organization.of("o-" + n, "Org " + n, OrganizationType.NATIONAL_NGO, "KE");
  }

  /** Asserts that {@code op} agrees with its copying reference on {@code p}; returns the result. */
  static Partnership assertAgreesWithCopying(Partnership p, PartnershipOperator op) {
    Operator fast = (Operator) op;
    Operator copying = fast.mapChange(change -> copyingChange(fast, change));
    Operator.Attempt a = fast.attempt(p);
    Operator.Attempt e = copying.attempt(p);
    assertEquals(e.reason(), a.reason(), op + " on " + p);
    if (a.result().isEmpty()) {
      return p;
    }
    Partnership got = a.result().get();
    Partnership expected = e.result().orElseThrow();
    assertSame(expected, got);
    assertSame(fromScratch(got), got);
    return got;
  }

  private static void assertSame(Partnership expected, Partnership got) {
    assertEquals(expected, got);
    assertEquals(got, expected);
    assertEquals(expected.members(), got.members());
    assertEquals(expected.hashCode(), got.hashCode());
    assertEquals(expected.toString(), got.toString());
    for (Membership m : expected.members()) {
      assertEquals(Optional.of(m), got.member(m.id()));
    }
  }

  /** Returns {@code p} built again through the public builder, attribute by attribute. */
  static Partnership fromScratch(Partnership p) {
    return Partnership.builder()
        .id(p.id())
        .name(p.name())
        .form(p.form())
        .members(List.copyOf(p.members()))
        .secretariat(p.secretariat())
        .countries(p.countries())
        .flows(p.flows())
        .practice(p.practice())
        .risks(p.risks())
        .powerMap(p.powerMap())
        .decisionRights(p.decisionRights())
        .bodies(p.bodies())
        .build();
  }

  /** The change as it was before the member table: the member list rebuilt from scratch. */
  private static BiConsumer<Partnership, Partnership.Builder> copyingChange(
      Operator op, BiConsumer<Partnership, Partnership.Builder> change) {
    List<Object> args = op.arguments();
    return switch (op.name()) {
      case "leave" -> {
        OrganizationId id = (OrganizationId) args.get(0);
        yield (p, b) ->
            b.members(
                    p.members().stream()
                        .filter(m -> !m.id().equals(id))
                        .collect(ImmutableList.toImmutableList()))
                .decisionRights(
                    DecisionRightsOperators.withoutOrganization(p.decisionRights(), id));
      }
      case "assignRole", "revokeRole" -> {
        OrganizationId id = (OrganizationId) args.get(0);
        ImmutableSet<Role> role = ImmutableSet.of((Role) args.get(1));
        boolean assign = op.name().equals("assignRole");
        yield (p, b) ->
            b.members(
                withRoles(
                    p,
                    m ->
                        !m.id().equals(id)
                            ? m.roles()
                            : assign
                                ? Sets.union(m.roles(), role).immutableCopy()
                                : Sets.difference(m.roles(), role).immutableCopy()));
      }
      case "hostSecretariat", "moveSecretariat" -> {
        OrganizationId to = (OrganizationId) args.get(args.size() - 1);
        yield (p, b) -> b.members(withRoles(p, m -> hostRoles(p, to, m))).secretariat(to);
      }
      default ->
          (p, b) -> {
            b.members(ImmutableList.copyOf(p.members()));
            change.accept(p, b);
          };
    };
  }

  private static ImmutableList<Membership> withRoles(
      Partnership p, Function<Membership, ImmutableSet<Role>> roles) {
    return p.members().stream()
        .map(
            m -> {
              ImmutableSet<Role> changed = roles.apply(m);
              return changed.equals(m.roles())
                  ? m
                  : Membership.builder()
                      .from(m)
                      .roles(changed)
                      .provenance(Operator.afterChange(m.provenance()))
                      .build();
            })
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableSet<Role> hostRoles(Partnership p, OrganizationId id, Membership m) {
    if (m.id().equals(id)) {
      return Sets.union(m.roles(), ImmutableSet.of(Role.SECRETARIAT)).immutableCopy();
    }
    if (p.secretariat().filter(m.id()::equals).isPresent()) {
      ImmutableSet<Role> rest =
          Sets.difference(m.roles(), ImmutableSet.of(Role.SECRETARIAT)).immutableCopy();
      return rest.isEmpty() ? ImmutableSet.of(Role.MEMBER) : rest;
    }
    return m.roles();
  }

  /** Member lists with repeated organisations and several leads, some of them empty. */
  private static Gen<List<Membership>> memberLists() {
    return lists()
        .of(integers().between(0, 12).zip(integers().between(0, 3), (n, r) -> membership(n, r)))
        .ofSizeBetween(0, 14);
  }

  private static Membership membership(int n, int roles) {
    Role role = roles == 0 ? Role.LEAD : roles == 1 ? Role.FUNDER : Role.MEMBER;
    return Membership.of(org(n), role);
  }

  @Test
  void theBuilderRefusesBadMemberListsWithTheMessageItGaveBefore() {
    qt().withExamples(2000)
        .forAll(memberLists(), memberLists())
        .checkAssert(
            (first, more) -> {
              Optional<String> expected = copyingCheck(first, more);
              Partnership.Builder b =
                  Partnership.builder()
                      .id("p")
                      .name("P")
                      .form(PartnershipForm.NETWORK_WITH_SECRETARIAT)
                      .addAllMembers(first);
              Partnership.Builder viaFrom =
                  expected.isEmpty() && !first.isEmpty()
                      ? Partnership.builder().from(b.build()).addAllMembers(more)
                      : b.addAllMembers(more);
              if (expected.isPresent()) {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, viaFrom::build);
                assertEquals(expected.get(), e.getMessage());
              } else {
                Partnership p = viaFrom.build();
                assertEquals(
                    ImmutableList.builder().addAll(first).addAll(more).build(), p.members());
                assertSame(fromScratch(p), p);
              }
            });
  }

  /**
   * The partnership check's member messages as the copying version worded them: one pass over the
   * list (empty, then the first repeated organisation, then the leads).
   */
  private static Optional<String> copyingCheck(List<Membership> first, List<Membership> more) {
    List<Membership> all = ImmutableList.<Membership>builder().addAll(first).addAll(more).build();
    if (all.isEmpty()) {
      return Optional.of("members ([]) must hold at least one member");
    }
    Set<OrganizationId> seen = new HashSet<>();
    for (Membership m : all) {
      if (!seen.add(m.id())) {
        return Optional.of("members (" + m.id() + ") must list each organisation once");
      }
    }
    List<OrganizationId> leads =
        all.stream().filter(m -> m.has(Role.LEAD)).map(Membership::id).toList();
    return leads.size() > 1
        ? Optional.of("members (" + leads + ") must hold at most one LEAD")
        : Optional.empty();
  }
}
