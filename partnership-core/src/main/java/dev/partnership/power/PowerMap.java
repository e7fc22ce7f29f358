package dev.partnership.power;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.partnership.power.Dimensions.Form;
import dev.partnership.power.Dimensions.Level;
import dev.partnership.power.Dimensions.Space;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * The power relations known in a partnership, with queries along any dimension and the Powercube's
 * 3 x 3 x 3 counts.
 *
 * <pre>{@code
 * map.where(r -> r.form() == Form.HIDDEN)
 * map.cube().get(new PowerMap.CubeCell(Form.HIDDEN, Space.CLOSED, Level.GLOBAL))
 * }</pre>
 */
@Value.Immutable
public abstract class PowerMap implements WithPowerMap {
  PowerMap() {}

  /** Returns the relations. */
  public abstract ImmutableList<PowerRelation> relations();

  /**
   * One cell of the Powercube.
   *
   * @param form the form
   * @param space the space
   * @param level the level
   */
  public record CubeCell(Form form, Space space, Level level) {
    /** Checks that no component is null. */
    public CubeCell {
      checkNotNull(form, "form");
      checkNotNull(space, "space");
      checkNotNull(level, "level");
    }
  }

  /** Returns the relations that match {@code filter}, in order. */
  public ImmutableList<PowerRelation> where(Predicate<PowerRelation> filter) {
    checkNotNull(filter, "filter");
    return relations().stream().filter(filter).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of relations in each of the 27 cells of the cube (zeros included), in form,
   * space, level order; one pass over the relations.
   */
  public ImmutableMap<CubeCell, Long> cube() {
    long[] counts = new long[Form.values().length * Space.values().length * Level.values().length];
    for (PowerRelation r : relations()) {
      counts[cell(r.form(), r.space(), r.level())]++;
    }
    ImmutableMap.Builder<CubeCell, Long> b = ImmutableMap.builderWithExpectedSize(counts.length);
    for (Form f : Form.values()) {
      for (Space s : Space.values()) {
        for (Level l : Level.values()) {
          b.put(new CubeCell(f, s, l), counts[cell(f, s, l)]);
        }
      }
    }
    return b.build();
  }

  /** Returns the index of a cell in form, space, level order. */
  private static int cell(Form f, Space s, Level l) {
    return (f.ordinal() * Space.values().length + s.ordinal()) * Level.values().length
        + l.ordinal();
  }

  /** Returns an empty map. */
  public static PowerMap empty() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PowerMap}. */
  public static final class Builder extends ImmutablePowerMap.Builder {
    Builder() {}
  }
}
