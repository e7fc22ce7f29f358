package dev.partnership.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterators;
import dev.partnership.actors.Organization;
import dev.partnership.actors.OrganizationId;
import dev.partnership.actors.OrganizationType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The persistent member table against a plain reference (an {@code ArrayList} of memberships, with
 * a linear search for look-ups): append, remove and replace in any order, with repeated ids and
 * leads, keep the same members in the same order, the same look-ups and leads, the list's equality
 * and hash code, balanced trees, and every earlier table unchanged.
 */
class MemberTableProperties {
  private static final List<ImmutableSet<Role>> ROLE_SETS =
      List.of(
          ImmutableSet.of(Role.MEMBER),
          ImmutableSet.of(Role.LEAD),
          ImmutableSet.of(Role.LEAD, Role.FUNDER),
          ImmutableSet.of(Role.SECRETARIAT, Role.MEMBER),
          ImmutableSet.of(Role.FUNDER));

  private static Membership membership(int n, int roles) {
    return Membership.of(
        Organization.of("org-" + n, "Organisation " + n, OrganizationType.NATIONAL_NGO, "KE"),
        ROLE_SETS.get(roles).toArray(Role[]::new));
  }

  /** The reference's state: the members in order and the first repeated id. */
  private record Reference(List<Membership> members, Optional<OrganizationId> duplicate) {}

  @Test
  void anySequenceOfChangesAgreesWithAListAndLeavesEarlierTablesAsTheyWere() {
    qt().withExamples(400)
        .forAll(integers().between(0, 400), longs().all(), integers().between(2, 600))
        .checkAssert(
            (steps, seed, ids) -> {
              SplittableRandom r = new SplittableRandom(seed);
              MemberTable t = MemberTable.EMPTY;
              List<Membership> ref = new ArrayList<>();
              Optional<OrganizationId> dup = Optional.empty();
              List<MemberTable> tables = new ArrayList<>();
              List<Reference> refs = new ArrayList<>();
              for (int i = 0; i < steps; i++) {
                Membership m = membership(r.nextInt(ids), r.nextInt(ROLE_SETS.size()));
                switch (r.nextInt(4)) {
                  case 0, 1 -> {
                    t = t.plus(m);
                    if (indexOf(ref, m.id()) < 0) {
                      ref.add(m);
                    } else if (dup.isEmpty()) {
                      dup = Optional.of(m.id());
                    }
                  }
                  case 2 -> {
                    t = t.minus(m.id());
                    int at = indexOf(ref, m.id());
                    if (at >= 0) {
                      ref.remove(at);
                    }
                  }
                  default -> {
                    int at = indexOf(ref, m.id());
                    if (at >= 0) {
                      t = t.replace(m);
                      ref.set(at, m);
                    } else {
                      MemberTable before = t;
                      assertThrows(IllegalArgumentException.class, () -> before.replace(m));
                    }
                  }
                }
                tables.add(t);
                refs.add(new Reference(List.copyOf(ref), dup));
              }
              for (int i = 0; i < tables.size(); i++) {
                assertAgrees(refs.get(i), tables.get(i), ids);
              }
            });
  }

  private static int indexOf(List<Membership> members, OrganizationId id) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static void assertAgrees(Reference ref, MemberTable t, int ids) {
    List<Membership> members = ref.members();
    assertTrue(Iterators.elementsEqual(members.iterator(), t.iterator()), "iterator before list");
    assertEquals(members, t.list());
    assertEquals(members.size(), t.size());
    assertEquals(members.hashCode(), t.hashCode());
    assertEquals(members.toString(), t.toString());
    assertEquals(ref.duplicate(), t.duplicate());
    assertEquals(
        members.stream().filter(m -> m.has(Role.LEAD)).collect(ImmutableList.toImmutableList()),
        t.leads());
    for (int n = 0; n < ids; n += 1 + n / 8) {
      OrganizationId id = OrganizationId.of("org-" + n);
      int at = indexOf(members, id);
      assertEquals(at >= 0, t.contains(id));
      assertEquals(at >= 0 ? Optional.of(members.get(at)) : Optional.empty(), t.get(id));
    }
    assertTrue(t.isBalanced(), "both trees are ordered AVL trees");
    // An AVL tree of n nodes is at most 1.4405 log2(n + 2) - 0.3277 high (Knuth, TAOCP 6.2.3).
    assertTrue(
        t.height() <= 1.4405 * Math.log(members.size() + 2) / Math.log(2),
        "height " + t.height() + " for " + members.size() + " members");
    if (ref.duplicate().isEmpty()) {
      MemberTable scratch = MemberTable.of(members);
      assertEquals(scratch, t);
      assertEquals(t, scratch);
      assertEquals(scratch.hashCode(), t.hashCode());
    }
  }

  @Test
  void tablesWithTheSameMembersInAnotherOrderDiffer() {
    qt().forAll(lists().of(integers().between(0, 50)).ofSizeBetween(2, 30))
        .checkAssert(
            ns -> {
              Set<Integer> distinct = new HashSet<>(ns);
              List<Membership> ms =
                  distinct.stream()
                      .map(n -> membership(n, 0))
                      .collect(ImmutableList.toImmutableList());
              MemberTable t = MemberTable.of(ms);
              MemberTable reversed = MemberTable.of(ImmutableList.copyOf(ms).reverse());
              assertEquals(ms.size() < 2, t.equals(reversed));
              assertNotEquals(t, ms, "a table is not a list (the partnership compares tables)");
            });
  }

  @Test
  void removingAndReplacingAnAbsentMemberIsRefusedOrChangesNothing() {
    MemberTable t = MemberTable.of(List.of(membership(1, 0), membership(2, 1)));
    assertTrue(t == t.minus(OrganizationId.of("org-3")), "removing a non-member keeps the table");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> t.replace(membership(3, 0)));
    assertEquals("member (org-3) must be a member to be replaced", e.getMessage());
    assertThrows(NullPointerException.class, () -> t.plus(null));
    assertThrows(NullPointerException.class, () -> t.minus(null));
    assertThrows(NullPointerException.class, () -> t.replace(null));
    assertFalse(MemberTable.EMPTY.iterator().hasNext());
    assertThrows(java.util.NoSuchElementException.class, () -> MemberTable.EMPTY.iterator().next());
    assertEquals(List.of(), MemberTable.EMPTY.list());
    assertEquals(List.of().hashCode(), MemberTable.EMPTY.hashCode());
  }

  @Test
  void aLeadKeepsItsPlaceAmongLeadsWhenItsRolesAreReplaced() {
    MemberTable t =
        MemberTable.of(
            List.of(membership(1, 1), membership(2, 0), membership(3, 1), membership(4, 0)));
    MemberTable t2 = t.replace(membership(2, 2));
    assertEquals(
        List.of(OrganizationId.of("org-1"), OrganizationId.of("org-2"), OrganizationId.of("org-3")),
        t2.leads().stream().map(Membership::id).toList());
    MemberTable t3 = t2.replace(membership(1, 0));
    assertEquals(
        List.of(OrganizationId.of("org-2"), OrganizationId.of("org-3")),
        t3.leads().stream().map(Membership::id).toList());
    assertEquals(2, t.leads().size(), "the first table still has its two leads");
  }

  @Test
  void aHundredThousandAppendsAndRemovalsStayBalanced() {
    MemberTable t = MemberTable.EMPTY;
    for (int i = 0; i < 100_000; i++) {
      t = t.plus(membership(i, 0));
      if (i % 3 == 2) {
        t = t.minus(OrganizationId.of("org-" + (i - 1)));
      }
    }
    assertEquals(66_667, t.size());
    assertTrue(t.isBalanced());
    assertTrue(t.height() <= 24, "height " + t.height());
    assertEquals(OrganizationId.of("org-99999"), t.list().get(t.size() - 1).id());
  }
}
