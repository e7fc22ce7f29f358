package dev.partnership.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.partnership.actors.OrganizationId;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The members of a partnership, in the order they were added, with their index by organisation: a
 * persistent value (path copying), so a changed copy that appends, removes or replaces one member
 * shares all but O(log n) nodes with the original.
 *
 * <p>Two persistent AVL trees (Adelson-Velsky and Landis 1962) hold it: one keyed by a sequence
 * number given at insertion (the order), one keyed by organisation id (the index, ordered by hash
 * code then id). Appending, removing and replacing one member cost O(log n); {@link #list()} builds
 * the {@code ImmutableList} once per table, on first use. Equality and hash code are those of the
 * list of memberships, so a table compares as the {@code ImmutableList} it stands for.
 *
 * <p>A table built from memberships that repeat an organisation keeps the first repeated id in
 * {@link #duplicate()} (and only the first of the repeated memberships): the partnership's check
 * refuses it, so such a table never escapes a build. The leads ({@link Role#LEAD}) are kept apart,
 * in member order, so the check that there is at most one reads them without a scan.
 */
final class MemberTable implements Iterable<Membership> {
  /** The table without members. */
  static final MemberTable EMPTY = new MemberTable(null, null, 0, 0, ImmutableList.of(), null);

  private static final Comparator<Long> BY_SEQUENCE = Long::compare;

  /**
   * Orders ids by hash code first (an int comparison; a {@code String} caches its hash), then by
   * value: the index needs some total order consistent with {@code equals}, not the readable one.
   */
  private static final Comparator<OrganizationId> BY_ID =
      (a, b) -> {
        int c = Integer.compare(a.hashCode(), b.hashCode());
        return c != 0 ? c : a.compareTo(b);
      };

  /** A member with its sequence number. */
  private record Entry(long sequence, Membership membership) {}

  private final Node<OrganizationId, Entry> byId;
  private final Node<Long, Membership> bySequence;
  // Bound: each member holds two tree nodes and an entry (over 80 bytes), so 2^31 - 1 members would
  // take more than 170 GB of heap; size + 1 cannot overflow in a JVM that can hold the table.
  private final int size;
  // Bound: one sequence number per append, each append allocates nodes, so a table reaches at most
  // as many appends as a heap holds nodes, far below Long.MAX_VALUE.
  private final long nextSequence;
  private final ImmutableList<Entry> leads;
  private final OrganizationId duplicate;
  // Caches (transient: not part of the value), computed at most once per table.
  private transient volatile ImmutableList<Membership> list;
  private transient int hash;

  private MemberTable(
      Node<OrganizationId, Entry> byId,
      Node<Long, Membership> bySequence,
      int size,
      long nextSequence,
      ImmutableList<Entry> leads,
      OrganizationId duplicate) {
    this.byId = byId;
    this.bySequence = bySequence;
    this.size = size;
    this.nextSequence = nextSequence;
    this.leads = leads;
    this.duplicate = duplicate;
  }

  /** Returns the table of {@code members}, in their order. */
  static MemberTable of(Iterable<? extends Membership> members) {
    return EMPTY.plusAll(members);
  }

  /** Returns the number of members. */
  int size() {
    return size;
  }

  /** Returns whether {@code id} is a member. */
  boolean contains(OrganizationId id) {
    return Node.get(byId, id, BY_ID) != null;
  }

  /** Returns the membership of {@code id}, if it is a member. */
  Optional<Membership> get(OrganizationId id) {
    Entry e = Node.get(byId, id, BY_ID);
    return e == null ? Optional.empty() : Optional.of(e.membership());
  }

  /** Returns the first organisation listed twice, if the memberships repeated one. */
  Optional<OrganizationId> duplicate() {
    return Optional.ofNullable(duplicate);
  }

  /** Returns the number of members holding {@link Role#LEAD}. */
  int leadCount() {
    return leads.size();
  }

  /** Returns the members holding {@link Role#LEAD}, in member order. */
  ImmutableList<Membership> leads() {
    return leads.stream().map(Entry::membership).collect(ImmutableList.toImmutableList());
  }

  /** Returns this table with {@code m} appended (a repeated id is kept in {@link #duplicate}). */
  MemberTable plus(Membership m) {
    checkNotNull(m, "members element");
    if (contains(m.id())) {
      return duplicate != null
          ? this
          : new MemberTable(byId, bySequence, size, nextSequence, leads, m.id());
    }
    Entry e = new Entry(nextSequence, m);
    return new MemberTable(
        Node.put(byId, m.id(), e, BY_ID),
        Node.put(bySequence, e.sequence(), m, BY_SEQUENCE),
        size + 1,
        nextSequence + 1,
        m.has(Role.LEAD) ? ImmutableList.<Entry>builder().addAll(leads).add(e).build() : leads,
        duplicate);
  }

  /** Returns this table with each of {@code members} appended, in order. */
  MemberTable plusAll(Iterable<? extends Membership> members) {
    checkNotNull(members, "members");
    MemberTable t = this;
    for (Membership m : members) {
      t = t.plus(m);
    }
    return t;
  }

  /** Returns this table without the member {@code id} (itself if it is not a member). */
  MemberTable minus(OrganizationId id) {
    Entry e = Node.get(byId, checkNotNull(id, "id"), BY_ID);
    if (e == null) {
      return this;
    }
    return new MemberTable(
        Node.remove(byId, id, BY_ID),
        Node.remove(bySequence, e.sequence(), BY_SEQUENCE),
        size - 1,
        nextSequence,
        withoutLead(e),
        duplicate);
  }

  /**
   * Returns this table with the membership of {@code m}'s organisation replaced by {@code m}, in
   * the same place.
   *
   * @throws IllegalArgumentException if {@code m}'s organisation is not a member
   */
  MemberTable replace(Membership m) {
    checkNotNull(m, "membership");
    Entry old = Node.get(byId, m.id(), BY_ID);
    checkArgument(old != null, "member (%s) must be a member to be replaced", m.id());
    Entry e = new Entry(old.sequence(), m);
    ImmutableList<Entry> ls = withoutLead(old);
    if (m.has(Role.LEAD)) {
      ImmutableList.Builder<Entry> b = ImmutableList.builder();
      boolean added = false;
      for (Entry l : ls) {
        if (!added && l.sequence() > e.sequence()) {
          b.add(e);
          added = true;
        }
        b.add(l);
      }
      if (!added) {
        b.add(e);
      }
      ls = b.build();
    }
    return new MemberTable(
        Node.put(byId, m.id(), e, BY_ID),
        Node.put(bySequence, e.sequence(), m, BY_SEQUENCE),
        size,
        nextSequence,
        ls,
        duplicate);
  }

  private ImmutableList<Entry> withoutLead(Entry e) {
    if (!leads.contains(e)) {
      return leads;
    }
    return leads.stream()
        .filter(l -> l.sequence() != e.sequence())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the members in order as a list, built once per table. */
  ImmutableList<Membership> list() {
    ImmutableList<Membership> l = list;
    if (l == null) {
      ImmutableList.Builder<Membership> b = ImmutableList.builderWithExpectedSize(size);
      forEach(b::add);
      l = b.build();
      list = l;
    }
    return l;
  }

  @Override
  public void forEach(Consumer<? super Membership> action) {
    Node.forEachValue(bySequence, action);
  }

  @Override
  public Iterator<Membership> iterator() {
    ImmutableList<Membership> l = list;
    return l != null ? l.iterator() : new InOrder<>(bySequence);
  }

  /** Compares as the list of memberships: the same memberships in the same order. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof MemberTable t)
        || t.size != size
        || !Objects.equals(t.duplicate, duplicate)) {
      return false;
    }
    if (t.bySequence == bySequence) {
      return true;
    }
    Iterator<Membership> mine = iterator();
    Iterator<Membership> theirs = t.iterator();
    while (mine.hasNext()) {
      if (!mine.next().equals(theirs.next())) {
        return false;
      }
    }
    return true;
  }

  /** Returns the hash code of the list of memberships ({@link java.util.List#hashCode()}). */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      int[] acc = {1};
      forEach(m -> acc[0] = 31 * acc[0] + m.hashCode());
      h = acc[0];
      hash = h;
    }
    return h;
  }

  /** Returns the list of memberships, as an {@code ImmutableList} prints. */
  @Override
  public String toString() {
    return list().toString();
  }

  /**
   * A node of a persistent AVL tree; {@code null} is the empty tree. Every change copies the path
   * from the root to the changed node and shares the rest.
   */
  private static final class Node<K, V> {
    final K key;
    final V value;
    final Node<K, V> left;
    final Node<K, V> right;
    final int height;

    private Node(K key, V value, Node<K, V> left, Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
    }

    static int height(Node<?, ?> n) {
      return n == null ? 0 : n.height;
    }

    static <K, V> V get(Node<K, V> n, K key, Comparator<? super K> order) {
      Node<K, V> at = n;
      while (at != null) {
        int c = order.compare(key, at.key);
        if (c == 0) {
          return at.value;
        }
        at = c < 0 ? at.left : at.right;
      }
      return null;
    }

    static <K, V> Node<K, V> put(Node<K, V> n, K key, V value, Comparator<? super K> order) {
      if (n == null) {
        return new Node<>(key, value, null, null);
      }
      int c = order.compare(key, n.key);
      if (c == 0) {
        return new Node<>(key, value, n.left, n.right);
      }
      return c < 0
          ? balance(n.key, n.value, put(n.left, key, value, order), n.right)
          : balance(n.key, n.value, n.left, put(n.right, key, value, order));
    }

    static <K, V> Node<K, V> remove(Node<K, V> n, K key, Comparator<? super K> order) {
      if (n == null) {
        return null;
      }
      int c = order.compare(key, n.key);
      if (c < 0) {
        return balance(n.key, n.value, remove(n.left, key, order), n.right);
      }
      if (c > 0) {
        return balance(n.key, n.value, n.left, remove(n.right, key, order));
      }
      if (n.left == null) {
        return n.right;
      }
      if (n.right == null) {
        return n.left;
      }
      Node<K, V> min = n.right;
      while (min.left != null) {
        min = min.left;
      }
      return balance(min.key, min.value, n.left, removeMin(n.right));
    }

    private static <K, V> Node<K, V> removeMin(Node<K, V> n) {
      if (n.left == null) {
        return n.right;
      }
      return balance(n.key, n.value, removeMin(n.left), n.right);
    }

    /** Returns the node {@code (left, key, right)} rebalanced: subtrees differ by at most 2. */
    private static <K, V> Node<K, V> balance(K key, V value, Node<K, V> left, Node<K, V> right) {
      int hl = height(left);
      int hr = height(right);
      if (hl > hr + 1) {
        if (height(left.left) >= height(left.right)) {
          return new Node<>(
              left.key, left.value, left.left, new Node<>(key, value, left.right, right));
        }
        Node<K, V> lr = left.right;
        return new Node<>(
            lr.key,
            lr.value,
            new Node<>(left.key, left.value, left.left, lr.left),
            new Node<>(key, value, lr.right, right));
      }
      if (hr > hl + 1) {
        if (height(right.right) >= height(right.left)) {
          return new Node<>(
              right.key, right.value, new Node<>(key, value, left, right.left), right.right);
        }
        Node<K, V> rl = right.left;
        return new Node<>(
            rl.key,
            rl.value,
            new Node<>(key, value, left, rl.left),
            new Node<>(right.key, right.value, rl.right, right.right));
      }
      return new Node<>(key, value, left, right);
    }

    static <V> void forEachValue(Node<?, V> n, Consumer<? super V> action) {
      if (n != null) {
        forEachValue(n.left, action);
        action.accept(n.value);
        forEachValue(n.right, action);
      }
    }

    /** Returns whether the tree is ordered, balanced and its heights are right (for tests). */
    static <K> boolean isValid(Node<K, ?> n, Comparator<? super K> order) {
      if (n == null) {
        return true;
      }
      return Math.abs(height(n.left) - height(n.right)) <= 1
          && n.height == Math.max(height(n.left), height(n.right)) + 1
          && (n.left == null || order.compare(n.left.key, n.key) < 0)
          && (n.right == null || order.compare(n.key, n.right.key) < 0)
          && isValid(n.left, order)
          && isValid(n.right, order);
    }
  }

  /** Returns whether both trees are valid AVL trees (for tests; checks only local order). */
  boolean isBalanced() {
    return Node.isValid(byId, BY_ID) && Node.isValid(bySequence, BY_SEQUENCE);
  }

  /** Returns the height of the order tree (for tests: at most 1.44 log2(n + 2)). */
  int height() {
    return Node.height(bySequence);
  }

  /** In-order iteration over a tree's values with an explicit stack (at most the height deep). */
  private static final class InOrder<V> implements Iterator<V> {
    private final ArrayDeque<Node<?, V>> stack = new ArrayDeque<>();

    InOrder(Node<?, V> root) {
      descend(root);
    }

    private void descend(Node<?, V> n) {
      for (Node<?, V> at = n; at != null; at = at.left) {
        stack.push(at);
      }
    }

    @Override
    public boolean hasNext() {
      return !stack.isEmpty();
    }

    @Override
    public V next() {
      if (stack.isEmpty()) {
        throw new NoSuchElementException("no member after the last");
      }
      Node<?, V> n = stack.pop();
      descend(n.right);
      return n.value;
    }
  }
}
