package dev.partnership.governance;

import java.util.function.Function;

/** The power indices by name, for queries that take one as a parameter. */
public enum PowerMeasure {
  /** {@link PowerIndices#banzhaf}. */
  BANZHAF(PowerIndices::banzhaf),
  /** {@link PowerIndices#shapleyShubik}. */
  SHAPLEY_SHUBIK(PowerIndices::shapleyShubik),
  /** {@link PowerIndices#deeganPackel}. */
  DEEGAN_PACKEL(PowerIndices::deeganPackel),
  /** {@link PowerIndices#publicGood}. */
  PUBLIC_GOOD(PowerIndices::publicGood),
  /** {@link PowerIndices#johnston}. */
  JOHNSTON(PowerIndices::johnston);

  private final Function<VotingGame, PowerIndex> index;

  PowerMeasure(Function<VotingGame, PowerIndex> index) {
    this.index = index;
  }

  /** Returns this index of {@code game}. */
  public PowerIndex of(VotingGame game) {
    return index.apply(game);
  }
}
