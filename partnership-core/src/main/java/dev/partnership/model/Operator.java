package dev.partnership.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import dev.partnership.actors.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one implementation of {@link PartnershipOperator}: a name, arguments, a precondition and a
 * change that edits a builder already holding the partnership.
 *
 * <p>{@link #attempt} is the only place that runs the change: it checks the precondition, lets the
 * change edit a copy of the builder and builds it once; an {@link IllegalArgumentException} from a
 * {@code @Value.Check} (of the partnership or of a value the change builds) becomes the reason the
 * operator does not apply. {@link #whyNotApplicable} and {@link #apply} both read one attempt.
 */
final class Operator extends Call implements PartnershipOperator {
  private final String name;
  private final ImmutableList<Object> arguments;
  private final Function<Partnership, Optional<String>> precondition;
  private final BiConsumer<Partnership, Partnership.Builder> change;

  private Operator(
      String name,
      ImmutableList<Object> arguments,
      Function<Partnership, Optional<String>> precondition,
      BiConsumer<Partnership, Partnership.Builder> change) {
    super(name, arguments);
    this.name = name;
    this.arguments = arguments;
    this.precondition = precondition;
    this.change = change;
  }

  /**
   * Returns the operator {@code name(arguments...)}; {@code precondition} says why it does not
   * apply (or empty), {@code change} edits a builder prefilled with the partnership.
   */
  static Operator of(
      String name,
      List<?> arguments,
      Function<Partnership, Optional<String>> precondition,
      BiConsumer<Partnership, Partnership.Builder> change) {
    return new Operator(name, ImmutableList.copyOf(arguments), precondition, change);
  }

  /**
   * Returns this operator with {@code change} wrapped by {@code wrap} (tests count builds with it).
   */
  Operator mapChange(
      Function<
              BiConsumer<Partnership, Partnership.Builder>,
              BiConsumer<Partnership, Partnership.Builder>>
          wrap) {
    return new Operator(name, arguments, precondition, wrap.apply(change));
  }

  /**
   * Returns the provenance a fact keeps when an operator changes it: an illustrative one stays (the
   * changed value is no more real than the old one), a sourced one goes (its source did not state
   * the new value). Facts an operator does not change keep their provenance as they are.
   */
  static Optional<Provenance> afterChange(Optional<Provenance> provenance) {
    return provenance.filter(Provenance::illustrative);
  }

  /**
   * Returns an argument that compares as {@code value} and prints as {@code text} (a body prints as
   * its name): two such arguments are equal when their values are, whatever they print as.
   */
  static Object shownAs(Object value, String text) {
    return new Shown(checkNotNull(value), text);
  }

  private record Shown(Object value, String text) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Shown s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ImmutableList<Object> arguments() {
    return arguments.stream()
        .map(a -> a instanceof Shown s ? s.value() : a)
        .collect(ImmutableList.toImmutableList());
  }

  /** The changed copy, or the reason this operator does not apply. */
  record Attempt(Optional<Partnership> result, Optional<String> reason) {}

  /**
   * Checks the precondition, then builds the changed copy once or returns the invariant's message.
   */
  Attempt attempt(Partnership p) {
    checkNotNull(p, "partnership");
    Optional<String> why = precondition.apply(p);
    if (why.isPresent()) {
      return new Attempt(Optional.empty(), why);
    }
    try {
      Partnership.Builder b = Partnership.builder().from(p);
      change.accept(p, b);
      return new Attempt(Optional.of(b.build()), Optional.empty());
    } catch (IllegalArgumentException e) {
      return new Attempt(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  @Override
  public Optional<String> whyNotApplicable(Partnership partnership) {
    return attempt(partnership).reason();
  }

  @Override
  public Partnership apply(Partnership partnership) {
    Attempt a = attempt(partnership);
    return a.result()
        .orElseThrow(() -> new OperatorNotApplicableException(this, a.reason().orElseThrow()));
  }

  /** Returns the call that made this operator, e.g. {@code seat(Board, gamma, 1)}. */
  @Override
  public String toString() {
    return name + "(" + Joiner.on(", ").join(arguments) + ")";
  }
}
