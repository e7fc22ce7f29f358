package dev.partnership.governance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.partnership.math.Fraction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Power indices of a {@link VotingGame}, all exact.
 *
 * <ul>
 *   <li>{@link #banzhaf} (Penrose 1946; Banzhaf 1965): swing counts, normalised to sum 1;
 *       {@link #absoluteBanzhaf}: swings over 2^(n-1).
 *   <li>{@link #shapleyShubik} (Shapley and Shubik 1954): pivots over n!.
 *   <li>{@link #deeganPackel} (Deegan and Packel 1978), {@link #publicGood} (Holler 1982) over the
 *       minimal winning coalitions; {@link #johnston} (Johnston 1978) over the critical players of
 *       each winning coalition.
 *   <li>{@link #owen} (Owen 1977) and {@link #banzhafOwen} (Owen 1981) when members vote in blocs
 *       (a priori unions).
 * </ul>
 *
 * <p>Banzhaf and Shapley-Shubik count by generating functions over the weights, for all players at
 * once (pseudo-polynomial: bodies of hundreds or thousands of members are fine when weights are
 * small integers such as seats or votes); the other indices enumerate coalitions and accept at
 * most 25 players or a bounded number of minimal winning coalitions, and say so when a game is too
 * large. {@link #banzhafByEnumeration} and {@link #shapleyShubikByEnumeration} are the plain
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

  /** Returns the normalised Banzhaf index; {@link PowerIndex#counts()} are the raw swing counts. */
  public static PowerIndex banzhaf(VotingGame game) {
    return PowerIndex.normalized("Banzhaf", game, swings(game));
  }

  /**
   * Returns the absolute (non-normalised) Banzhaf index: each player's swings over 2^(n-1), the
   * probability that it is decisive when all coalitions are equally likely.
   */
  public static PowerIndex absoluteBanzhaf(VotingGame game) {
    BigInteger[] swings = swings(game);
    BigInteger all = BigInteger.TWO.pow(game.players() - 1);
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (BigInteger s : swings) {
      v.add(Fraction.of(s, all));
    }
    return new PowerIndex("absolute Banzhaf", game.labels(), v.build(), Optional.of(ImmutableList.copyOf(swings)));
  }

  /** Returns the Shapley-Shubik index; {@link PowerIndex#counts()} are the pivot counts (orderings). */
  public static PowerIndex shapleyShubik(VotingGame game) {
    checkNotNull(game, "game");
    BigInteger[] pivots;
    try {
      pivots = SwingCounting.pivots(game);
    } catch (IllegalStateException tooLarge) {
      if (game.players() > Enumeration.MAX_PLAYERS) {
        throw tooLarge;
      }
      pivots = Enumeration.pivots(game);
    }
    return shapleyShubikFrom(game, pivots);
  }

  /**
   * Returns the Shapley-Shubik index of a plain weighted game approximately, for bodies too large
   * for exact counting (for example 1,000 members), with a stated bound on each value's absolute
   * error ({@link PowerIndex#errorBound()}, typically below 1e-7).
   *
   * <p>It integrates Owen's multilinear extension with Gauss-Legendre quadrature of {@code
   * ceil(n / 2)} nodes, which is exact for the degree-(n - 1) polynomial integrand, so the only
   * error is floating point; see the bound's derivation in the class comment of the
   * implementation. Nodes are computed in parallel.
   *
   * @throws IllegalArgumentException if the game has veto players or a minimum number of players
   */
  public static PowerIndex shapleyShubikApproximation(VotingGame game) {
    checkNotNull(game, "game");
    ShapleyShubikQuadrature.Result r = ShapleyShubikQuadrature.compute(game);
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (double d : r.values()) {
      v.add(Fraction.of(new java.math.BigDecimal(d)));
    }
    return new PowerIndex(
        "Shapley-Shubik (quadrature)", game.labels(), v.build(), Optional.empty(), Fraction.of(new java.math.BigDecimal(r.errorBound())));
  }

  /** Returns the normalised Banzhaf index by enumerating all coalitions (reference; at most 25 players). */
  public static PowerIndex banzhafByEnumeration(VotingGame game) {
    return PowerIndex.normalized("Banzhaf", game, Enumeration.swings(checkNotNull(game, "game")));
  }

  /** Returns the Shapley-Shubik index by enumerating all coalitions (reference; at most 25 players). */
  public static PowerIndex shapleyShubikByEnumeration(VotingGame game) {
    return shapleyShubikFrom(game, Enumeration.pivots(checkNotNull(game, "game")));
  }

  private static PowerIndex shapleyShubikFrom(VotingGame game, BigInteger[] pivots) {
    BigInteger orderings = Enumeration.factorials(game.players())[game.players()];
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (BigInteger p : pivots) {
      v.add(Fraction.of(p, orderings));
    }
    return new PowerIndex("Shapley-Shubik", game.labels(), v.build(), Optional.of(ImmutableList.copyOf(pivots)));
  }

  private static BigInteger[] swings(VotingGame game) {
    checkNotNull(game, "game");
    try {
      return SwingCounting.swings(game);
    } catch (IllegalStateException tooLarge) {
      if (game.players() > Enumeration.MAX_PLAYERS) {
        throw tooLarge;
      }
      return Enumeration.swings(game);
    }
  }

  /**
   * Returns the Deegan-Packel index: each minimal winning coalition is equally likely and shares
   * power equally among its members.
   *
   * @throws IllegalStateException past {@link #DEFAULT_COALITION_LIMIT} minimal winning coalitions
   */
  public static PowerIndex deeganPackel(VotingGame game) {
    ImmutableList<ImmutableSortedSet<Integer>> mwc = game.minimalWinningCoalitions(DEFAULT_COALITION_LIMIT);
    Fraction[] v = new Fraction[game.players()];
    Arrays.fill(v, Fraction.ZERO);
    for (ImmutableSortedSet<Integer> c : mwc) {
      Fraction share = Fraction.of(1, (long) c.size() * mwc.size());
      for (int i : c) {
        v[i] = v[i].add(share);
      }
    }
    return new PowerIndex("Deegan-Packel", game.labels(), ImmutableList.copyOf(v), Optional.empty());
  }

  /**
   * Returns Holler's public good index: the number of minimal winning coalitions a player belongs
   * to, normalised; {@link PowerIndex#counts()} are those numbers.
   *
   * @throws IllegalStateException past {@link #DEFAULT_COALITION_LIMIT} minimal winning coalitions
   */
  public static PowerIndex publicGood(VotingGame game) {
    ImmutableList<ImmutableSortedSet<Integer>> mwc = game.minimalWinningCoalitions(DEFAULT_COALITION_LIMIT);
    long[] c = new long[game.players()];
    for (ImmutableSortedSet<Integer> s : mwc) {
      for (int i : s) {
        c[i]++;
      }
    }
    return PowerIndex.normalized("Holler public good", game, Enumeration.toBig(c));
  }

  /**
   * Returns the Johnston index: in each winning coalition with critical players (whose leaving
   * makes it lose), each critical player gets 1/(number of critical players); normalised.
   *
   * @throws IllegalStateException for more than 25 players
   */
  public static PowerIndex johnston(VotingGame game) {
    checkNotNull(game, "game");
    int n = game.players();
    long lcm = 1;
    for (int k = 2; k <= n; k++) {
      lcm = lcm / com.google.common.math.LongMath.gcd(lcm, k) * k;
    }
    long[] num = new long[n];
    long total = 0;
    for (long mask : Enumeration.winning(game)) {
      long critical = 0;
      for (long m = mask; m != 0; m &= m - 1) {
        int i = Long.numberOfTrailingZeros(m);
        if (!game.winsMask(mask & ~(1L << i))) {
          critical |= 1L << i;
        }
      }
      int k = Long.bitCount(critical);
      if (k > 0) {
        total++;
        for (long m = critical; m != 0; m &= m - 1) {
          num[Long.numberOfTrailingZeros(m)] += lcm / k;
        }
      }
    }
    ImmutableList.Builder<Fraction> v = ImmutableList.builder();
    for (long x : num) {
      v.add(Fraction.of(BigInteger.valueOf(x), BigInteger.valueOf(lcm).multiply(BigInteger.valueOf(total))));
    }
    return new PowerIndex("Johnston", game.labels(), v.build(), Optional.empty());
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
  public static PowerIndex banzhafOwen(VotingGame game, List<? extends Collection<Integer>> unions) {
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
        throw new IllegalStateException("unions enumerate coalitions and accept at most 63 players, not " + n);
      }
      unionMask = new long[unions.size()];
      unionOf = new int[n];
      Arrays.fill(unionOf, -1);
      for (int k = 0; k < unions.size(); k++) {
        for (int p : unions.get(k)) {
          if (p < 0 || p >= n) {
            throw new IllegalArgumentException("unions (" + unions + ") name player " + p + ", not in [0, " + (n - 1) + "]");
          }
          if (unionOf[p] >= 0) {
            throw new IllegalArgumentException("unions (" + unions + ") must be disjoint: player " + p + " is in two");
          }
          unionOf[p] = k;
          unionMask[k] |= 1L << p;
        }
        if (unionMask[k] == 0) {
          throw new IllegalArgumentException("unions (" + unions + ") must not hold an empty union");
        }
      }
      for (int p = 0; p < n; p++) {
        if (unionOf[p] < 0) {
          throw new IllegalArgumentException("unions (" + unions + ") must cover every player: " + p + " is missing");
        }
      }
      long work = 0;
      for (long u : unionMask) {
        work += (1L << Math.min(62, Long.bitCount(u) - 1)) * Long.bitCount(u);
      }
      if (unionMask.length - 1 >= 26 || (work << (unionMask.length - 1)) > (1L << 26) || work > (1L << 26)) {
        throw new IllegalStateException(
            "unions " + unions + " need more than 2^26 coalitions to enumerate; merge or split blocs");
      }
    }

    PowerIndex owen() {
      int n = g.players();
      int m = unionMask.length;
      BigInteger[] fact = Enumeration.factorials(Math.max(n, m));
      BigInteger[] num = new BigInteger[n];
      Arrays.fill(num, BigInteger.ZERO);
      visit((i, r, t, u) -> num[i] = num[i].add(fact[r].multiply(fact[m - r - 1]).multiply(fact[t]).multiply(fact[u - t - 1])));
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

    /** Calls {@code swing} for every (player, coalition of other unions, part of own union) where the player swings. */
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
