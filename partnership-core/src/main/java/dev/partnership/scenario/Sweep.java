package dev.partnership.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.internal.Checks;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * A sweep over a parameter: one scenario per value (seat weights, a quota, a budget flexibility
 * ...), each replayed into a timeline. Variants run in parallel and the results come in the order
 * of the values, equal to running them one by one ({@link #runSequentially()}): replays share no
 * state and rules draw no randomness.
 *
 * <pre>{@code
 * var sweep = Sweep.over(List.of(1L, 2L, 3L),
 *     w -> Scenario.start(gppac).then("2022-01", "east weighs " + w, reweight("ISG", east, w)));
 * sweep.run().get(2).table()
 * }</pre>
 *
 * @param <T> the type of the parameter's values
 */
public final class Sweep<T> {
  private final ImmutableList<T> values;
  private final Function<? super T, Scenario> variant;
  private final Replay replay;

  private Sweep(ImmutableList<T> values, Function<? super T, Scenario> variant, Replay replay) {
    this.values = values;
    this.variant = variant;
    this.replay = replay;
  }

  /**
   * Returns the sweep of {@code variant} over {@code values}, replayed with {@link
   * Replay#stopping()}.
   *
   * @throws NullPointerException naming {@code values[i]} if a value is null
   */
  public static <T> Sweep<T> over(List<T> values, Function<? super T, Scenario> variant) {
    return new Sweep<>(
        Checks.copyWithoutNulls(values, "values"),
        checkNotNull(variant, "variant"),
        Replay.stopping());
  }

  /** Returns this sweep replaying each variant as {@code replay} says. */
  public Sweep<T> replaying(Replay replay) {
    return new Sweep<>(values, variant, checkNotNull(replay, "replay"));
  }

  /** Returns the values, in order. */
  public ImmutableList<T> values() {
    return values;
  }

  /** Returns the scenario of {@code value}. */
  private Scenario scenarioOf(T value) {
    Scenario s = variant.apply(value);
    if (s == null) {
      throw new NullPointerException("variant(" + value + ") must return a scenario, not null");
    }
    return s;
  }

  private Timeline runOne(T value) {
    return scenarioOf(value).replay(replay);
  }

  /**
   * Replays every variant one after the other, in the order of the values.
   *
   * @throws StepNotApplicableException from the first variant (in value order) that stops
   */
  public ImmutableList<Timeline> runSequentially() {
    return values.stream().map(this::runOne).collect(ImmutableList.toImmutableList());
  }

  /**
   * Replays the variants in parallel on the common fork-join pool; the timelines come in the order
   * of the values.
   *
   * @throws StepNotApplicableException if a variant stops
   */
  public ImmutableList<Timeline> run() {
    return values.parallelStream().map(this::runOne).collect(ImmutableList.toImmutableList());
  }

  /**
   * Replays the variants on {@code executor} (one task per value); the timelines come in the order
   * of the values. The caller owns the executor and shuts it down.
   *
   * @throws StepNotApplicableException if a variant stops (the first in value order that did)
   */
  public ImmutableList<Timeline> run(Executor executor) {
    checkNotNull(executor, "executor");
    List<CompletableFuture<Timeline>> futures =
        values.stream().map(v -> CompletableFuture.supplyAsync(() -> runOne(v), executor)).toList();
    ImmutableList.Builder<Timeline> out = ImmutableList.builder();
    for (CompletableFuture<Timeline> f : futures) {
      try {
        out.add(f.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
    return out.build();
  }

  /** Returns {@code Sweep.over([values], variant)}, the first ten values shown. */
  @Override
  public String toString() {
    return "Sweep.over("
        + (values.size() <= 10
            ? values.toString()
            : values.subList(0, 10) + " and " + (values.size() - 10) + " more")
        + ")";
  }
}
