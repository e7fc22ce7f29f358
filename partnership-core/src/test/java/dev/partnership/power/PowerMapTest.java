package dev.partnership.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import dev.partnership.power.Dimensions.Confidence;
import dev.partnership.power.Dimensions.Expression;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cube counts every relation once, for maps of any size; withers reach the generated copies.
 */
class PowerMapTest {

  static PowerRelation relation(int i) {
    return PowerRelation.builder()
        .holder(OrganizationId.of("org-" + (i % 7)))
        .overIssue("issue " + i)
        .form(Form.values()[i % 3])
        .space(Space.values()[(i / 3) % 3])
        .level(Level.values()[(i / 9) % 3])
        .expression(Expression.POWER_OVER)
        .source("s")
        .date(LocalDate.of(2026, 1, 1))
        .confidence(Confidence.LOW)
        .build();
  }

  @Test
  void theCubeCountsEachRelationInItsCell() {
    ImmutableList.Builder<PowerRelation> b = ImmutableList.builder();
    for (int i = 0; i < 27 * 400 + 5; i++) {
      b.add(relation(i));
    }
    PowerMap map = PowerMap.builder().relations(b.build()).build();
    Map<PowerMap.CubeCell, Long> cube = map.cube();
    assertEquals(27, cube.size());
    assertEquals(27L * 400 + 5, cube.values().stream().mapToLong(Long::longValue).sum());
    for (Map.Entry<PowerMap.CubeCell, Long> e : cube.entrySet()) {
      PowerMap.CubeCell c = e.getKey();
      assertEquals(
          map.where(r -> r.form() == c.form() && r.space() == c.space() && r.level() == c.level())
              .size(),
          e.getValue().longValue(),
          c.toString());
    }
    assertEquals(0L, PowerMap.empty().cube().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void withersAndNulls() {
    PowerMap one = PowerMap.empty().withRelations(relation(0));
    assertEquals(1, one.relations().size());
    assertEquals(Confidence.HIGH, relation(0).withConfidence(Confidence.HIGH).confidence());
    assertThrows(IllegalArgumentException.class, () -> relation(0).withSource(" "));
    assertEquals(
        "form",
        assertThrows(
                NullPointerException.class,
                () -> new PowerMap.CubeCell(null, Space.CLOSED, Level.LOCAL))
            .getMessage());
    assertThrows(
        NullPointerException.class, () -> PowerMap.builder().addRelation((PowerRelation) null));
  }
}
