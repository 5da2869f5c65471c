package org.aftersales.scheduling.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map as a persistent AVL tree: {@link #put} and {@link #remove} return a new
 * map sharing all but O(log n) nodes with the old one, so a book with a million bookings is
 * updated without copying them. Lookups are O(log n). Immutable and thread-safe.
 *
 * @param <K> the key type, naturally ordered
 * @param <V> the value type
 */
final class PersistentMap<K extends Comparable<? super K>, V> {

  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, 0);

  private static final class Node<K, V> {
    final K key;
    final V value;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;
    final int height;

    Node(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = 1 + Math.max(h(left), h(right));
    }
  }

  private final @Nullable Node<K, V> root;
  private final int size;

  private PersistentMap(@Nullable Node<K, V> root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The height of the tree, for tests of its balance. */
  int height() {
    return h(root);
  }

  @Nullable V get(K key) {
    Node<K, V> n = root;
    while (n != null) {
      int c = key.compareTo(n.key);
      if (c == 0) {
        return n.value;
      }
      n = c < 0 ? n.left : n.right;
    }
    return null;
  }

  /** The entry with the smallest key, or null when empty. */
  @Nullable K firstKey() {
    Node<K, V> n = root;
    if (n == null) {
      return null;
    }
    while (n.left != null) {
      n = n.left;
    }
    return n.key;
  }

  PersistentMap<K, V> put(K key, V value) {
    boolean[] added = new boolean[1];
    Node<K, V> r = put(root, key, value, added);
    return new PersistentMap<>(r, added[0] ? size + 1 : size);
  }

  PersistentMap<K, V> remove(K key) {
    boolean[] removed = new boolean[1];
    Node<K, V> r = remove(root, key, removed);
    return removed[0] ? new PersistentMap<>(r, size - 1) : this;
  }

  /** Visits every entry in key order. */
  void forEach(BiConsumer<? super K, ? super V> action) {
    visit(root, null, null, (k, v) -> {
      action.accept(k, v);
      return true;
    });
  }

  /**
   * Visits the entries with {@code from <= key < to} in key order while the visitor returns true;
   * a null bound is open.
   */
  void forEachInRange(@Nullable K from, @Nullable K to, BiPredicate<? super K, ? super V> visitor) {
    visit(root, from, to, visitor);
  }

  List<V> values() {
    List<V> out = new ArrayList<>(size);
    forEach((k, v) -> out.add(v));
    return out;
  }

  private static <K extends Comparable<? super K>, V> boolean visit(
      @Nullable Node<K, V> n, @Nullable K from, @Nullable K to, BiPredicate<? super K, ? super V> visitor) {
    if (n == null) {
      return true;
    }
    boolean aboveFrom = from == null || n.key.compareTo(from) >= 0;
    boolean belowTo = to == null || n.key.compareTo(to) < 0;
    if (aboveFrom && !visit(n.left, from, to, visitor)) {
      return false;
    }
    if (aboveFrom && belowTo && !visitor.test(n.key, n.value)) {
      return false;
    }
    if (belowTo) {
      return visit(n.right, from, to, visitor);
    }
    return true;
  }

  private static int h(@Nullable Node<?, ?> n) {
    return n == null ? 0 : n.height;
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> put(
      @Nullable Node<K, V> n, K key, V value, boolean[] added) {
    if (n == null) {
      added[0] = true;
      return new Node<>(key, value, null, null);
    }
    int c = key.compareTo(n.key);
    if (c == 0) {
      return new Node<>(key, value, n.left, n.right);
    }
    if (c < 0) {
      return balance(n.key, n.value, put(n.left, key, value, added), n.right);
    }
    return balance(n.key, n.value, n.left, put(n.right, key, value, added));
  }

  private static <K extends Comparable<? super K>, V> @Nullable Node<K, V> remove(
      @Nullable Node<K, V> n, K key, boolean[] removed) {
    if (n == null) {
      return null;
    }
    int c = key.compareTo(n.key);
    if (c < 0) {
      Node<K, V> l = remove(n.left, key, removed);
      return removed[0] ? balance(n.key, n.value, l, n.right) : n;
    }
    if (c > 0) {
      Node<K, V> r = remove(n.right, key, removed);
      return removed[0] ? balance(n.key, n.value, n.left, r) : n;
    }
    removed[0] = true;
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

  private static <K extends Comparable<? super K>, V> @Nullable Node<K, V> removeMin(Node<K, V> n) {
    if (n.left == null) {
      return n.right;
    }
    return balance(n.key, n.value, removeMin(n.left), n.right);
  }

  private static <K extends Comparable<? super K>, V> Node<K, V> balance(
      K key, V value, @Nullable Node<K, V> l, @Nullable Node<K, V> r) {
    int hl = h(l);
    int hr = h(r);
    if (hl > hr + 1) {
      Node<K, V> ll = l.left;
      Node<K, V> lr = l.right;
      if (h(ll) >= h(lr)) {
        return new Node<>(l.key, l.value, ll, new Node<>(key, value, lr, r));
      }
      return new Node<>(
          lr.key, lr.value, new Node<>(l.key, l.value, ll, lr.left), new Node<>(key, value, lr.right, r));
    }
    if (hr > hl + 1) {
      Node<K, V> rl = r.left;
      Node<K, V> rr = r.right;
      if (h(rr) >= h(rl)) {
        return new Node<>(r.key, r.value, new Node<>(key, value, l, rl), rr);
      }
      return new Node<>(
          rl.key, rl.value, new Node<>(key, value, l, rl.left), new Node<>(r.key, r.value, rl.right, rr));
    }
    return new Node<>(key, value, l, r);
  }
}
