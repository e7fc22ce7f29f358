package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A simple voting game: players with non-negative weights, a quota, optional veto players and an
 * optional minimum number of players. A coalition <em>wins</em> when it holds every veto player,
 * its weight reaches the quota, and it has at least the minimum number of players.
 *
 * <p>Every decision rule of a governing body maps to such a game (see {@link DecisionRule}):
 * unanimity and consent make every seat a blocker, majorities set the quota, veto holders are veto
 * players, and a double rule (EU-style) adds the minimum number of players. Players are numbered
 * from 0 in the order given; {@linkplain #labels() labels} name them in results.
 *
 * <p>A game must be a proper simple game in the weak sense: the empty coalition loses and the grand
 * coalition wins. Otherwise construction fails with a message that says which. The total weight
 * must fit in a {@code long} (at most 2^63 - 1), so every sum of weights does too, and a game has
 * at most {@link #MAX_PLAYERS} players.
 *
 * <pre>{@code
 * var g = VotingGame.weighted(12, 8, 6, 4, 2);       // quota 12, weights 8, 6, 4, 2
 * g.isWinning(0, 2)                                 // true: 8 + 4 >= 12
 * PowerIndices.banzhaf(g).asDoubles()               // [0.4166..., 0.25, 0.25, 0.0833...]
 * g.withVetoPlayers(3).vetoPlayers()                // [3]
 * }</pre>
 */
public final class VotingGame {
  /**
   * The most players a game may have, 2^20 (1,048,576): far above any governing body, and low
   * enough that a game and its labels fit in memory; a bigger game is refused when it is built
   * rather than by running out of memory.
   */
  public static final int MAX_PLAYERS = 1 << 20;

  private final long[] weights;
  private final long quota;
  private final ImmutableSortedSet<Integer> declaredVetoes;
  private final int minimumPlayers;
  private final ImmutableList<String> labels;

  private VotingGame(
      long[] weights,
      long quota,
      ImmutableSortedSet<Integer> vetoes,
      int minimumPlayers,
      ImmutableList<String> labels) {
    this.weights = weights;
    this.quota = quota;
    this.declaredVetoes = vetoes;
    this.minimumPlayers = minimumPlayers;
    this.labels = labels;
    validate();
  }

  /**
   * Returns the weighted game {@code [quota; weights...]}.
   *
   * @throws IllegalArgumentException if there is no player or more than {@link #MAX_PLAYERS}, a
   *     weight is negative, the quota is below 1 or above the total weight
   */
  public static VotingGame weighted(long quota, long... weights) {
    checkNotNull(weights, "weights");
    return new VotingGame(
        weights.clone(), quota, ImmutableSortedSet.of(), 0, defaultLabels(weights.length));
  }

  /**
   * Returns the game with every part given: a coalition wins when it holds all {@code vetoPlayers},
   * reaches {@code quota} and has at least {@code minimumPlayers} players. The quota may be 0 when
   * veto players or a minimum keep the empty coalition from winning.
   *
   * @throws IllegalArgumentException if the game is not proper (see the class comment) or a player
   *     number is out of range
   */
  public static VotingGame of(
      long quota, long[] weights, Collection<Integer> vetoPlayers, int minimumPlayers) {
    checkNotNull(weights, "weights");
    return new VotingGame(
        weights.clone(),
        quota,
        players("vetoPlayers", vetoPlayers),
        minimumPlayers,
        defaultLabels(weights.length));
  }

  /**
   * Returns the game in which every one of {@code n} players must agree (unanimity, consent).
   *
   * @throws IllegalArgumentException if {@code n} is below 1 or above {@link #MAX_PLAYERS}
   */
  public static VotingGame unanimity(int n) {
    return weighted(n, ones(n));
  }

  /**
   * Returns one-player-one-vote simple majority of {@code n} players: more than half.
   *
   * @throws IllegalArgumentException if {@code n} is below 1 or above {@link #MAX_PLAYERS}
   */
  public static VotingGame majority(int n) {
    return weighted(n / 2 + 1, ones(n));
  }

  private static long[] ones(int n) {
    checkArgument(n >= 1, "players (%s) must be at least 1", n);
    checkArgument(n <= MAX_PLAYERS, "players (%s) must be at most %s", n, MAX_PLAYERS);
    long[] ones = new long[n];
    Arrays.fill(ones, 1);
    return ones;
  }

  /** Copies a collection of player numbers, naming {@code field} if it holds a null. */
  /**
   * Returns {@link #of(long, long[], Collection, int)} labelled with {@code labels} in one step,
   * without the default labels and the second validation of {@code of(..).withLabels(..)} (a
   * governing body builds its game in every check, so once per scenario step).
   */
  static VotingGame of(
      long quota,
      long[] weights,
      Collection<Integer> vetoPlayers,
      int minimumPlayers,
      ImmutableList<String> labels) {
    checkNotNull(weights, "weights");
    return new VotingGame(
        weights.clone(), quota, players("vetoPlayers", vetoPlayers), minimumPlayers, labels);
  }

  private static ImmutableSortedSet<Integer> players(String field, Collection<Integer> players) {
    checkNotNull(players, field);
    for (Integer p : players) {
      checkNotNull(p, "%s (%s) must not contain null", field, players);
    }
    return ImmutableSortedSet.copyOf(players);
  }

  private static ImmutableList<String> defaultLabels(int n) {
    if (n > MAX_PLAYERS) {
      return ImmutableList.of(); // validate() refuses the game before anyone sees the labels
    }
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add("p" + i);
    }
    return b.build();
  }

  private void validate() {
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("weights ([]) must name at least one player");
    }
    if (n > MAX_PLAYERS) {
      throw new IllegalArgumentException(
          "weights (" + n + " players) must name at most " + MAX_PLAYERS + " players");
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException(
            "weight of player " + i + " (" + weights[i] + ") must not be negative");
      }
      if (total > Long.MAX_VALUE - weights[i]) {
        throw new IllegalArgumentException(
            "weights ("
                + describeWeights(weights)
                + ") must have a total of at most 2^63 - 1 ("
                + Long.MAX_VALUE
                + ")");
      }
      total += weights[i];
    }
    for (int v : declaredVetoes) {
      if (v < 0 || v >= n) {
        throw new IllegalArgumentException(
            "veto player (" + v + ") must be a player number in [0, " + (n - 1) + "]");
      }
    }
    if (minimumPlayers < 0 || minimumPlayers > n) {
      throw new IllegalArgumentException(
          "minimum players ("
              + minimumPlayers
              + ") must be in [0, "
              + n
              + "] so that all players together can pass");
    }
    if (quota < 0) {
      throw new IllegalArgumentException("quota (" + quota + ") must not be negative");
    }
    if (quota == 0 && declaredVetoes.isEmpty() && minimumPlayers == 0) {
      throw new IllegalArgumentException(
          "quota (0) must be at least 1 unless veto players or a minimum number of players keep the empty"
              + " coalition from winning");
    }
    if (quota > total) {
      throw new IllegalArgumentException(
          "quota ("
              + quota
              + ") must not exceed the total weight ("
              + total
              + "): no coalition could pass");
    }
    if (labels.size() != n) {
      throw new IllegalArgumentException(
          "labels (" + labels.size() + " labels) must name each of the " + n + " players");
    }
  }

  /**
   * Returns this game where the given players are veto players (in addition to any declared).
   *
   * @throws IllegalArgumentException if a number is not a player
   */
  public VotingGame withVetoPlayers(int... players) {
    checkNotNull(players, "players");
    ImmutableSortedSet.Builder<Integer> b =
        ImmutableSortedSet.<Integer>naturalOrder().addAll(declaredVetoes);
    for (int p : players) {
      b.add(p);
    }
    return new VotingGame(weights, quota, b.build(), minimumPlayers, labels);
  }

  /**
   * Returns this game with a second threshold: at least {@code minimum} players must agree (a
   * double rule, as in EU-style votes).
   *
   * @throws IllegalArgumentException if {@code minimum} is not in [0, players]
   */
  public VotingGame withMinimumPlayers(int minimum) {
    return new VotingGame(weights, quota, declaredVetoes, minimum, labels);
  }

  /**
   * Returns this game with players named by {@code labels}, in player order.
   *
   * @throws IllegalArgumentException if the number of labels differs from the number of players
   */
  public VotingGame withLabels(List<String> labels) {
    checkNotNull(labels, "labels");
    for (String l : labels) {
      checkNotNull(l, "labels (%s) must not contain null", labels);
    }
    return new VotingGame(
        weights, quota, declaredVetoes, minimumPlayers, ImmutableList.copyOf(labels));
  }

  /** Returns the number of players. */
  public int players() {
    return weights.length;
  }

  /**
   * Returns the weight of player {@code i}.
   *
   * @throws IllegalArgumentException if {@code i} is not a player number
   */
  public long weight(int i) {
    checkPlayer(i);
    return weights[i];
  }

  /** Returns a copy of the weights, in player order. */
  public long[] weights() {
    return weights.clone();
  }

  /** Returns the total weight (at most 2^63 - 1: construction checks it). */
  public long totalWeight() {
    long t = 0;
    for (long w : weights) {
      t += w;
    }
    return t;
  }

  /** Returns the quota of weight a winning coalition must reach. */
  public long quota() {
    return quota;
  }

  /** Returns the minimum number of players of a winning coalition (0 when there is none). */
  public int minimumPlayers() {
    return minimumPlayers;
  }

  /** Returns the players declared as veto players (see {@link #vetoPlayers()} for all blockers). */
  public ImmutableSortedSet<Integer> declaredVetoPlayers() {
    return declaredVetoes;
  }

  /** Returns the players' labels, in player order ({@code p0, p1, ...} unless set). */
  public ImmutableList<String> labels() {
    return labels;
  }

  /** Returns whether the coalition of the given players wins. */
  public boolean isWinning(int... players) {
    checkNotNull(players, "players");
    BitSet s = new BitSet(weights.length);
    for (int p : players) {
      checkPlayer(p);
      s.set(p);
    }
    return wins(s);
  }

  /** Returns whether the coalition of the given players wins. */
  public boolean isWinning(Collection<Integer> players) {
    BitSet s = new BitSet(weights.length);
    for (int p : players("players", players)) {
      checkPlayer(p);
      s.set(p);
    }
    return wins(s);
  }

  boolean wins(BitSet s) {
    for (int v : declaredVetoes) {
      if (!s.get(v)) {
        return false;
      }
    }
    if (s.cardinality() < minimumPlayers) {
      return false;
    }
    long w = 0;
    for (int i = s.nextSetBit(0); i >= 0; i = s.nextSetBit(i + 1)) {
      w += weights[i]; // no overflow: at most the total weight, which construction checks
    }
    return w >= quota;
  }

  /** Fast membership test for coalitions of at most 63 players given as a bit mask. */
  boolean winsMask(long mask) {
    for (int v : declaredVetoes) {
      if ((mask & (1L << v)) == 0) {
        return false;
      }
    }
    if (Long.bitCount(mask) < minimumPlayers) {
      return false;
    }
    long w = 0;
    for (long m = mask; m != 0; m &= m - 1) {
      w += weights[Long.numberOfTrailingZeros(m)]; // at most the total weight: no overflow
    }
    return w >= quota;
  }

  private void checkPlayer(int p) {
    if (p < 0 || p >= weights.length) {
      throw new IllegalArgumentException(
          "player (" + p + ") must be a player number in [0, " + (weights.length - 1) + "]");
    }
  }

  /**
   * Returns every player that can block alone: declared veto players, and players without whom the
   * others cannot pass (their weight or their number is needed).
   */
  public ImmutableSortedSet<Integer> vetoPlayers() {
    ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
    BitSet all = new BitSet(weights.length);
    all.set(0, weights.length);
    for (int i = 0; i < weights.length; i++) {
      all.clear(i);
      if (!wins(all)) {
        b.add(i);
      }
      all.set(i);
    }
    return b.build();
  }

  /**
   * Returns the null players: those who are never decisive (Banzhaf swing count 0), so every power
   * index gives them 0.
   *
   * @throws IllegalStateException if no exact method can count the game's swings (see {@link
   *     PowerIndices})
   */
  public ImmutableSortedSet<Integer> nullPlayers() {
    PowerIndex b = PowerIndices.banzhaf(this);
    ImmutableSortedSet.Builder<Integer> out = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < weights.length; i++) {
      if (b.count(i).signum() == 0) {
        out.add(i);
      }
    }
    return out.build();
  }

  /** Returns the dictator, if there is one: a player who wins alone and blocks alone. */
  public Optional<Integer> dictator() {
    ImmutableSortedSet<Integer> vetoes = vetoPlayers();
    for (int i : vetoes) {
      if (isWinning(i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the minimal winning coalitions (each member is needed), as sorted player lists, in
   * lexicographic order.
   *
   * @param limit the most coalitions to return
   * @throws IllegalStateException if there are more than {@code limit}, naming the limit
   */
  public ImmutableList<ImmutableSortedSet<Integer>> minimalWinningCoalitions(int limit) {
    return MinimalWinning.enumerate(this, limit);
  }

  /**
   * Returns the smallest coalitions that pass: the winning coalitions with the fewest players.
   *
   * @param limit the most minimal winning coalitions to look at
   * @throws IllegalStateException if there are more than {@code limit} minimal winning coalitions
   */
  public ImmutableList<ImmutableSortedSet<Integer>> smallestWinningCoalitions(int limit) {
    ImmutableList<ImmutableSortedSet<Integer>> mwc = minimalWinningCoalitions(limit);
    int min = mwc.stream().mapToInt(ImmutableSortedSet::size).min().orElse(0);
    List<ImmutableSortedSet<Integer>> out = new ArrayList<>();
    for (ImmutableSortedSet<Integer> c : mwc) {
      if (c.size() == min) {
        out.add(c);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** The most players {@link #toString()} lists one by one. */
  static final int SHOWN_PLAYERS = 30;

  /**
   * Returns {@code "8, 6, 4, 2"}, or {@code "10000 players, weights 1..100, total 50500"} past
   * {@link #SHOWN_PLAYERS}.
   */
  private static String describeWeights(long[] weights) {
    if (weights.length <= SHOWN_PLAYERS) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < weights.length; i++) {
        s.append(i == 0 ? "" : ", ").append(weights[i]);
      }
      return s.toString();
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    BigInteger total = BigInteger.ZERO;
    for (long w : weights) {
      min = Math.min(min, w);
      max = Math.max(max, w);
      total = total.add(BigInteger.valueOf(w));
    }
    return weights.length + " players, weights " + min + ".." + max + ", total " + total;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VotingGame)) {
      return false;
    }
    VotingGame g = (VotingGame) o;
    return quota == g.quota
        && minimumPlayers == g.minimumPlayers
        && Arrays.equals(weights, g.weights)
        && declaredVetoes.equals(g.declaredVetoes)
        && labels.equals(g.labels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31
        + Long.hashCode(quota) * 17
        + declaredVetoes.hashCode()
        + minimumPlayers;
  }

  /**
   * Returns the game in the field's notation, e.g. {@code [12; 8, 6, 4, 2]}, with vetoes and
   * minimum. A game of more than {@value #SHOWN_PLAYERS} players is described by its size and
   * weight range instead, e.g. {@code [5001; 10000 players, weights 1..1, total 10000]}, so that
   * messages about it stay short.
   */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("[")
            .append(quota)
            .append("; ")
            .append(describeWeights(weights))
            .append(']');
    if (!declaredVetoes.isEmpty()) {
      s.append(" veto ")
          .append(
              declaredVetoes.size() <= SHOWN_PLAYERS
                  ? declaredVetoes.toString()
                  : declaredVetoes.size() + " players");
    }
    if (minimumPlayers > 0) {
      s.append(" min ").append(minimumPlayers).append(" players");
    }
    return s.toString();
  }
}
