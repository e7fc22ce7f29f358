package dev.partnership.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.partnership.model.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiers asked for what they do not hold: the refusal names the field, the value and the rule. */
class TiersAdversaryTest {

  @Test
  void aTierThatIsNotThereIsRefusedNamingTheTier() {
    Tiers t = Tiers.standard();
    for (int tier : new int[] {-1, 4, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      IndexOutOfBoundsException e =
          assertThrows(IndexOutOfBoundsException.class, () -> t.name(tier));
      assertEquals(
          tier < 0
              ? "tier (" + tier + ") must not be negative"
              : "tier (" + tier + ") must be less than size (4)",
          e.getMessage());
    }
  }

  // what held

  @Test
  void everyRoleAloneSitsInTheTierThatListsIt() {
    Tiers t = Tiers.standard();
    for (Role r : Role.values()) {
      int tier = t.tierOf(List.of(r));
      assertEquals(true, t.tiers().get(tier).roles().contains(r), r.toString());
    }
    assertEquals(0, t.tierOf(EnumSet.allOf(Role.class)));
  }

  @Test
  void emptyAndNullRolesAreRefused() {
    Tiers t = Tiers.standard();
    assertThrows(IllegalArgumentException.class, () -> t.tierOf(List.of()));
    assertThrows(NullPointerException.class, () -> t.tierOf(Arrays.asList(Role.MEMBER, null)));
    assertThrows(NullPointerException.class, () -> t.tierOf(null));
  }

  @Test
  void aRoleInTwoTiersOrInNoneIsRefused() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Tiers.of(
                    new Tiers.Tier("a", EnumSet.allOf(Role.class)),
                    new Tiers.Tier("b", EnumSet.of(Role.FUNDER))));
    assertEquals(true, twice.getMessage().contains("must place each role in exactly one tier"));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> Tiers.of(new Tiers.Tier("a", EnumSet.of(Role.FUNDER))));
    assertEquals(true, none.getMessage().contains("must place every role in a tier"));
  }
}
