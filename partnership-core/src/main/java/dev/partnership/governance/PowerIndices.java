package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.math.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Power indices of a {@link VotingGame}, all exact.
 *
 * <ul>
 *   <li>{@link #banzhaf} (Penrose 1946; Banzhaf 1965): swing counts, normalised to sum 1; {@link
 *       #absoluteBanzhaf}: swings over 2^(n-1).
 *   <li>{@link #shapleyShubik} (Shapley and Shubik 1954): pivots over n!.
 *   <li>{@link #deeganPackel} (Deegan and Packel 1978), {@link #publicGood} (Holler 1982) over the
 *       minimal winning coalitions; {@link #johnston} (Johnston 1978) over the critical players of
 *       each winning coalition.
 *   <li>{@link #owen} (Owen 1977) and {@link #banzhafOwen} (Owen 1981) when members vote in blocs
 *       (a priori unions).
 * </ul>
 *
 * <p>Every exact index picks, before it starts, the cheapest exact method that can do the game, and
 * refuses with a message naming each method, the size the game needs and the method's limit when
 * none can:
 *
 * <ul>
 *   <li>generating functions over the weights, for all players at once (pseudo-polynomial: bodies
 *       of hundreds or thousands of members are fine when weights are small integers such as seats
 *       or votes), while the table stays within 2^28 longs and the work (table times players)
 *       within 2^35 steps;
 *   <li>counting over weight types (players of equal weight are interchangeable; binomial
 *       coefficients as big integers), while type profiles times types times the 64-bit words of a
 *       count (n / 64 + 1) stay within 2^24: a majority of 2,000 (up to about 30,000) equal
 *       members, or a few players with weights near 2^62;
 *   <li>enumeration of all coalitions, for at most 25 players.
 * </ul>
 *
 * <p>Deegan-Packel and Holler enumerate minimal winning coalitions output-sensitively (work
 * proportional to the coalitions found, at most {@link #DEFAULT_COALITION_LIMIT}), or count them by
 * weight types. {@link #banzhafByEnumeration} and {@link #shapleyShubikByEnumeration} are the plain
 * references the fast algorithms are tested against.
 *
 * <pre>{@code
 * var g = VotingGame.weighted(12, 8, 6, 4, 2);
 * PowerIndices.banzhaf(g).asDoubles()          // [5/12, 1/4, 1/4, 1/12] as doubles
 * PowerIndices.shapleyShubik(g).values()       // [5/12, 1/4, 1/4, 1/12]
 * }</pre>
 */
public final class PowerIndices {
  /** The default bound on minimal winning coalitions for Deegan-Packel and Holler. */
  public static final int DEFAULT_COALITION_LIMIT = 200_000;

  private PowerIndices() {}

  /**
   * Returns the normalised Banzhaf index; {@link PowerIndex#counts()} are the raw swing counts.
   *
   * @throws IllegalStateException if no exact method can do the game (see the class comment)
   */
  public static PowerIndex banzhaf(VotingGame game) {
    return PowerIndex.normalized("Banzhaf", game, counts(game, false, "Banzhaf index"));
  }

  /**
   * Returns the absolute (non-normalised) Banzhaf index: each player's swings over 2^(n-1), the
   * probability that it is decisive when all coalitions are equally likely.
   *
   * @throws IllegalStateException if no exact method can do the game (see the class comment)
   */
  public static PowerIndex absoluteBanzhaf(VotingGame game) {
    BigInteger[] swings = counts(game, false, "absolute Banzhaf index");
    BigInteger all = BigInteger.TWO.pow(game.players() - 1);
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (BigInteger s : swings) {
      v.add(Fraction.of(s, all));
    }
    return new PowerIndex(
        "absolute Banzhaf", game.labels(), v.build(), Optional.of(ImmutableList.copyOf(swings)));
  }

  /**
   * Returns the Shapley-Shubik index; {@link PowerIndex#counts()} are the pivot counts (orderings).
   *
   * <pre>{@code
   * long big = 1L << 61;
   * PowerIndices.shapleyShubik(VotingGame.weighted(big + 5, big, 3, 5, 7)).values()   // [2/3, 0, 1/6, 1/6]
   * PowerIndices.shapleyShubik(VotingGame.majority(2000)).value(0)                    // 1/2000
   * }</pre>
   *
   * @throws IllegalStateException if no exact method can do the game (see the class comment; {@link
   *     #shapleyShubikApproximation} has no such limit)
   */
  public static PowerIndex shapleyShubik(VotingGame game) {
    return shapleyShubikFrom(game, counts(game, true, "Shapley-Shubik index"));
  }

  /**
   * Returns the Shapley-Shubik index of a plain weighted game approximately, for bodies too large
   * for exact counting (for example 1,000 members), with a stated bound on each value's absolute
   * error ({@link PowerIndex#errorBound()}, typically below 1e-7).
   *
   * <p>It integrates Owen's multilinear extension with Gauss-Legendre quadrature of {@code ceil(n /
   * 2)} nodes, which is exact for the degree-(n - 1) polynomial integrand, so the only error is
   * floating point; see the bound's derivation in the class comment of the implementation. Nodes
   * are computed in parallel.
   *
   * @throws IllegalArgumentException if the game has veto players or a minimum number of players,
   *     its reduced weights are too large for a table of doubles, or the quadrature would take more
   *     than 2^35 steps (node pairs times players and distinct weights times table length; a body
   *     of 1,000 members with weights up to 100 takes about 2^33)
   */
  public static PowerIndex shapleyShubikApproximation(VotingGame game) {
    checkNotNull(game, "game");
    ShapleyShubikQuadrature.Result r = ShapleyShubikQuadrature.compute(game);
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (double d : r.values()) {
      v.add(Fraction.of(new BigDecimal(d)));
    }
    return new PowerIndex(
        "Shapley-Shubik (quadrature)",
        game.labels(),
        v.build(),
        Optional.empty(),
        Fraction.of(new BigDecimal(r.errorBound())));
  }

  /**
   * Returns the normalised Banzhaf index by enumerating all coalitions (reference).
   *
   * @throws IllegalStateException for more than 25 players
   */
  public static PowerIndex banzhafByEnumeration(VotingGame game) {
    return PowerIndex.normalized("Banzhaf", game, Enumeration.swings(checkNotNull(game, "game")));
  }

  /**
   * Returns the Shapley-Shubik index by enumerating all coalitions (reference).
   *
   * @throws IllegalStateException for more than 25 players
   */
  public static PowerIndex shapleyShubikByEnumeration(VotingGame game) {
    return shapleyShubikFrom(game, Enumeration.pivots(checkNotNull(game, "game")));
  }

  private static PowerIndex shapleyShubikFrom(VotingGame game, BigInteger[] pivots) {
    BigInteger orderings = Enumeration.factorials(game.players())[game.players()];
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (BigInteger p : pivots) {
      v.add(Fraction.of(p, orderings));
    }
    return new PowerIndex(
        "Shapley-Shubik", game.labels(), v.build(), Optional.of(ImmutableList.copyOf(pivots)));
  }

  /** The exact methods for swing and pivot counts, cheapest first for a given game. */
  enum Method {
    GENERATING_FUNCTIONS,
    WEIGHT_TYPES,
    ENUMERATION
  }

  /**
   * Returns the method that counts {@code game}'s swings ({@code sizes} false) or pivots: the
   * cheaper of the generating functions and the weight types among those within their limits, else
   * enumeration for at most 25 players.
   *
   * @throws IllegalStateException naming each method, what the game needs and the limit, if none
   *     can
   */
  static Method method(VotingGame game, boolean sizes, String index) {
    long table = SwingCounting.tableLongs(game, sizes);
    long steps =
        Sizes.saturatedProduct(
            table, Math.max(1, game.players() - game.declaredVetoPlayers().size()));
    long types = TypeCounting.work(game);
    boolean tableFits = table <= SwingCounting.MAX_TABLE_LONGS && steps <= SwingCounting.MAX_STEPS;
    boolean typesFit = types <= TypeCounting.MAX_WORK;
    // a type step is a few big-integer word operations; a table step about one addition
    if (typesFit && (!tableFits || Sizes.saturatedProduct(types, 64) <= steps)) {
      return Method.WEIGHT_TYPES;
    }
    if (tableFits) {
      return Method.GENERATING_FUNCTIONS;
    }
    if (game.players() <= Enumeration.MAX_PLAYERS) {
      return Method.ENUMERATION;
    }
    throw new IllegalStateException(
        index
            + " of "
            + game
            + " has no exact method: generating functions need "
            + Sizes.describe(table)
            + " longs (limit 2^28) and "
            + Sizes.describe(steps)
            + " steps (limit 2^35), counting by weight types "
            + Sizes.describe(types)
            + " steps (limit 2^24), enumeration accepts at most "
            + Enumeration.MAX_PLAYERS
            + " players, not "
            + game.players());
  }

  private static BigInteger[] counts(VotingGame game, boolean sizes, String index) {
    checkNotNull(game, "game");
    switch (method(game, sizes, index)) {
      case WEIGHT_TYPES:
        return TypeCounting.of(game).swingCounts(sizes);
      case GENERATING_FUNCTIONS:
        return sizes ? SwingCounting.pivots(game) : SwingCounting.swings(game);
      default:
        return sizes ? Enumeration.pivots(game) : Enumeration.swings(game);
    }
  }

  /**
   * Games with at most this many type steps (2^20, about a second) count minimal winning coalitions
   * by types outright; others search first and count by types only past the limit.
   */
  private static final long FEW_TYPE_STEPS = 1L << 20;

  /**
   * Returns the Deegan-Packel index (Deegan and Packel 1978): each minimal winning coalition is
   * equally likely and shares power equally among its members.
   *
   * <pre>{@code
   * long[] w = new long[30];
   * java.util.Arrays.fill(w, 1);
   * w[29] = 29;                                                      // [29; 1 x 29, 29]
   * PowerIndices.deeganPackel(VotingGame.weighted(29, w)).value(29)  // 1/2: {29} and the 29 others
   * }</pre>
   *
   * @throws IllegalStateException past {@link #DEFAULT_COALITION_LIMIT} minimal winning coalitions
   *     when the game does not have few enough weight types to count them by type
   */
  public static PowerIndex deeganPackel(VotingGame game) {
    checkNotNull(game, "game");
    MinimalWinningTally tally = MinimalWinningTally.of(game);
    Fraction[] values =
        tally == null
            ? TypeCounting.of(game).minimalWinning().deeganPackel()
            : tally.deeganPackel();
    return new PowerIndex(
        "Deegan-Packel", game.labels(), ImmutableList.copyOf(values), Optional.empty());
  }

  /**
   * Returns Holler's public good index (Holler 1982): the number of minimal winning coalitions a
   * player belongs to, normalised; {@link PowerIndex#counts()} are those numbers.
   *
   * @throws IllegalStateException past {@link #DEFAULT_COALITION_LIMIT} minimal winning coalitions
   *     when the game does not have few enough weight types to count them by type
   */
  public static PowerIndex publicGood(VotingGame game) {
    checkNotNull(game, "game");
    MinimalWinningTally tally = MinimalWinningTally.of(game);
    BigInteger[] counts =
        tally == null
            ? TypeCounting.of(game).minimalWinning().counts()
            : Enumeration.toBig(tally.holding);
    return PowerIndex.normalized("Holler public good", game, counts);
  }

  /**
   * Per player, the minimal winning coalitions found by the search that hold it, in all and by
   * coalition size; nothing else is kept, so memory is O(n * distinct sizes).
   */
  private static final class MinimalWinningTally {
    private final long[] holding;
    private final Map<Integer, long[]> holdingBySize = new TreeMap<>();

    private MinimalWinningTally(int players) {
      holding = new long[players];
    }

    /**
     * Returns the tally of {@code game}, or null when its minimal winning coalitions are to be
     * counted by types.
     */
    static MinimalWinningTally of(VotingGame game) {
      long types = TypeCounting.work(game);
      if (types <= FEW_TYPE_STEPS) {
        return null;
      }
      MinimalWinningTally t = new MinimalWinningTally(game.players());
      try {
        MinimalWinning.forEach(game, DEFAULT_COALITION_LIMIT, t::add);
      } catch (IllegalStateException tooMany) {
        if (types <= TypeCounting.MAX_WORK) {
          return null;
        }
        throw tooMany;
      }
      return t;
    }

    private void add(int[] coalition) {
      long[] bySize =
          holdingBySize.computeIfAbsent(coalition.length, s -> new long[holding.length]);
      for (int i : coalition) {
        holding[i]++;
        bySize[i]++;
      }
    }

    Fraction[] deeganPackel() {
      // each coalition of size s is counted once by each of its s members
      long coalitions = 0;
      for (Map.Entry<Integer, long[]> e : holdingBySize.entrySet()) {
        coalitions += Arrays.stream(e.getValue()).sum() / e.getKey();
      }
      Fraction[] v = new Fraction[holding.length];
      for (int i = 0; i < v.length; i++) {
        Fraction sum = Fraction.ZERO;
        for (Map.Entry<Integer, long[]> e : holdingBySize.entrySet()) {
          if (e.getValue()[i] != 0) {
            // coalitions <= 200,000 and sizes < 2^31: the denominator fits in a long
            sum = sum.add(Fraction.of(e.getValue()[i], (long) e.getKey() * coalitions));
          }
        }
        v[i] = sum;
      }
      return v;
    }
  }

  /**
   * Returns the Johnston index (Johnston 1978): in each winning coalition with critical players
   * (whose leaving makes it lose), each critical player gets 1/(number of critical players);
   * normalised.
   *
   * @throws IllegalStateException for more than 25 players, unless the game has few enough weight
   *     types to count by type (2^24 steps, see the class comment)
   */
  public static PowerIndex johnston(VotingGame game) {
    checkNotNull(game, "game");
    int n = game.players();
    long types = TypeCounting.work(game);
    boolean enumerable = n <= Enumeration.MAX_PLAYERS;
    Fraction[] values;
    if (types <= TypeCounting.MAX_WORK
        && (!enumerable || Sizes.saturatedProduct(types, 64) <= (1L << n) * n)) {
      values = TypeCounting.of(game).johnston();
    } else if (enumerable) {
      values = Enumeration.johnston(game);
    } else {
      throw new IllegalStateException(
          "Johnston index of "
              + game
              + " has no exact method: counting by weight types needs "
              + Sizes.describe(types)
              + " steps (limit 2^24), enumeration accepts at most "
              + Enumeration.MAX_PLAYERS
              + " players, not "
              + n);
    }
    return new PowerIndex(
        "Johnston", game.labels(), ImmutableList.copyOf(values), Optional.empty());
  }

  /**
   * Returns the Owen value for a priori unions (blocs that form first, Owen 1977): the
   * Shapley-Shubik index when unions enter in random order and members within a union too.
   *
   * @param unions a partition of the players into blocs
   * @throws IllegalArgumentException if {@code unions} is not a partition of the players
   * @throws IllegalStateException if enumeration would visit more than 2^26 coalitions
   */
  public static PowerIndex owen(VotingGame game, List<? extends Collection<Integer>> unions) {
    return new Unions(game, unions).owen();
  }

  /**
   * Returns the Banzhaf-Owen index (Owen 1981) for a priori unions: swings counted over coalitions
   * of whole other unions plus part of the player's own union; normalised to sum 1, with the raw
   * swing counts in {@link PowerIndex#counts()}.
   *
   * @throws IllegalArgumentException if {@code unions} is not a partition of the players
   * @throws IllegalStateException if enumeration would visit more than 2^26 coalitions
   */
  public static PowerIndex banzhafOwen(
      VotingGame game, List<? extends Collection<Integer>> unions) {
    return new Unions(game, unions).banzhafOwen();
  }

  /** Enumeration over a priori unions (players of at most 63). */
  private static final class Unions {
    private final VotingGame g;
    private final long[] unionMask;
    private final int[] unionOf;

    Unions(VotingGame g, List<? extends Collection<Integer>> unions) {
      this.g = checkNotNull(g, "game");
      checkNotNull(unions, "unions");
      int n = g.players();
      if (n > 63) {
        throw new IllegalStateException(
            "unions enumerate coalitions and accept at most 63 players, not " + n);
      }
      unionMask = new long[unions.size()];
      unionOf = new int[n];
      Arrays.fill(unionOf, -1);
      for (int k = 0; k < unions.size(); k++) {
        checkNotNull(unions.get(k), "unions (%s) must not contain null", unions);
        for (Integer p : unions.get(k)) {
          checkNotNull(p, "unions (%s) must not contain a null player", unions);
          if (p < 0 || p >= n) {
            throw new IllegalArgumentException(
                "unions (" + unions + ") name player " + p + ", not in [0, " + (n - 1) + "]");
          }
          if (unionOf[p] >= 0) {
            throw new IllegalArgumentException(
                "unions (" + unions + ") must be disjoint: player " + p + " is in two");
          }
          unionOf[p] = k;
          unionMask[k] |= 1L << p;
        }
        if (unionMask[k] == 0) {
          throw new IllegalArgumentException(
              "unions (" + unions + ") must not hold an empty union");
        }
      }
      for (int p = 0; p < n; p++) {
        if (unionOf[p] < 0) {
          throw new IllegalArgumentException(
              "unions (" + unions + ") must cover every player: " + p + " is missing");
        }
      }
      // coalitions visited: per player, 2^(unions - 1) choices of other unions times 2^(own union
      // - 1) parts of its own. Each term is checked below 2^27 * 63 before it is added (so work <
      // 63 * 2^33), and the shift happens only once work <= 2^26 and unions - 1 <= 26: no overflow
      boolean tooMany = unionMask.length - 1 > 26;
      long work = 0;
      for (long u : unionMask) {
        int size = Long.bitCount(u);
        if (size - 1 > 26) {
          tooMany = true;
        } else {
          work += (1L << (size - 1)) * size;
        }
      }
      if (tooMany || work > (1L << 26) || (work << (unionMask.length - 1)) > (1L << 26)) {
        throw new IllegalStateException(
            "unions "
                + unions
                + " need more than 2^26 coalitions to enumerate; merge or split blocs");
      }
    }

    PowerIndex owen() {
      int n = g.players();
      int m = unionMask.length;
      BigInteger[] fact = Enumeration.factorials(Math.max(n, m));
      BigInteger[] num = new BigInteger[n];
      Arrays.fill(num, BigInteger.ZERO);
      visit(
          (i, r, t, u) ->
              num[i] =
                  num[i].add(
                      fact[r]
                          .multiply(fact[m - r - 1])
                          .multiply(fact[t])
                          .multiply(fact[u - t - 1])));
      ImmutableList.Builder<Fraction> v = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        int u = Long.bitCount(unionMask[unionOf[i]]);
        v.add(Fraction.of(num[i], fact[m].multiply(fact[u])));
      }
      return new PowerIndex("Owen", g.labels(), v.build(), Optional.empty());
    }

    PowerIndex banzhafOwen() {
      long[] c = new long[g.players()];
      visit((i, r, t, u) -> c[i]++);
      return PowerIndex.normalized("Banzhaf-Owen", g, Enumeration.toBig(c));
    }

    interface Swing {
      void at(int player, int otherUnions, int ownPartners, int unionSize);
    }

    /**
     * Calls {@code swing} for every (player, coalition of other unions, part of own union) where
     * the player swings.
     */
    private void visit(Swing swing) {
      int m = unionMask.length;
      for (int i = 0; i < g.players(); i++) {
        int k = unionOf[i];
        long own = unionMask[k] & ~(1L << i);
        int u = Long.bitCount(unionMask[k]);
        for (long r = 0; r < (1L << (m - 1)); r++) {
          long base = 0;
          for (int j = 0, bit = 0; j < m; j++) {
            if (j == k) {
              continue;
            }
            if ((r & (1L << bit)) != 0) {
              base |= unionMask[j];
            }
            bit++;
          }
          int rc = Long.bitCount(r);
          // all subsets t of own
          long t = 0;
          do {
            long s = base | t;
            if (g.winsMask(s | (1L << i)) && !g.winsMask(s)) {
              swing.at(i, rc, Long.bitCount(t), u);
            }
            t = (t - own) & own;
          } while (t != 0);
        }
      }
    }
  }
}
