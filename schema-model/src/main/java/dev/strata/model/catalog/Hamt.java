package dev.strata.model.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The nodes of {@link PMap}'s hash array mapped trie: a 32-way trie on the key's hash, five bits a
 * level, whose updates copy only the path from the root to the changed slot. A slot holds an
 * {@link Binding} or a child node; keys whose full hashes collide share a {@link Collision} node.
 * All operations are static and never mutate a node reachable from a published map.
 */
final class Hamt {
  private Hamt() {}

  /** One binding; {@code seq} is its position in the map's insertion order. */
  static final class Binding<K, V> implements Map.Entry<K, V> {
    final K key;
    final V value;
    final int seq;

    Binding(K key, V value, int seq) {
      this.key = key;
      this.value = value;
      this.seq = seq;
    }

    @Override
    public K getKey() {
      return key;
    }

    @Override
    public V getValue() {
      return value;
    }

    @Override
    public V setValue(V v) {
      throw new UnsupportedOperationException("immutable");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey())
          && Objects.equals(value, e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
      return key + "=" + value;
    }
  }

  /** A trie level: {@code bitmap} says which of the 32 hash fragments are present, in order. */
  record Bitmap(int bitmap, Object[] slots) { }

  /** Entries whose keys have the same 32-bit hash. */
  record Collision(int hash, Binding<?, ?>[] entries) { }

  static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  static Binding<?, ?> find(Object node, Object key, int hash) {
    int shift = 0;
    while (node != null) {
      if (node instanceof Bitmap b) {
        int bit = 1 << ((hash >>> shift) & 31);
        if ((b.bitmap & bit) == 0) {
          return null;
        }
        Object slot = b.slots[Integer.bitCount(b.bitmap & (bit - 1))];
        if (slot instanceof Binding<?, ?> e) {
          return e.key.equals(key) ? e : null;
        }
        node = slot;
        shift += 5;
      } else {
        for (Binding<?, ?> e : ((Collision) node).entries) {
          if (e.key.equals(key)) {
            return e;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** The node with {@code e} bound (replacing an entry with an equal key). */
  static Object put(Object node, Binding<?, ?> e, int hash, int shift) {
    if (node == null) {
      return new Bitmap(1 << ((hash >>> shift) & 31), new Object[] {e});
    }
    if (node instanceof Collision c) {
      return putCollision(c, e);
    }
    Bitmap b = (Bitmap) node;
    int bit = 1 << ((hash >>> shift) & 31);
    int idx = Integer.bitCount(b.bitmap & (bit - 1));
    if ((b.bitmap & bit) == 0) {
      Object[] slots = new Object[b.slots.length + 1];
      System.arraycopy(b.slots, 0, slots, 0, idx);
      slots[idx] = e;
      System.arraycopy(b.slots, idx, slots, idx + 1, b.slots.length - idx);
      return new Bitmap(b.bitmap | bit, slots);
    }
    Object slot = b.slots[idx];
    Object replacement;
    if (slot instanceof Binding<?, ?> old) {
      replacement = old.key.equals(e.key) ? e : merge(old, hash(old.key), e, hash, shift + 5);
    } else {
      replacement = put(slot, e, hash, shift + 5);
    }
    Object[] slots = b.slots.clone();
    slots[idx] = replacement;
    return new Bitmap(b.bitmap, slots);
  }

  private static Object putCollision(Collision c, Binding<?, ?> e) {
    Binding<?, ?>[] es = c.entries;
    for (int i = 0; i < es.length; i++) {
      if (es[i].key.equals(e.key)) {
        Binding<?, ?>[] copy = es.clone();
        copy[i] = e;
        return new Collision(c.hash, copy);
      }
    }
    Binding<?, ?>[] copy = Arrays.copyOf(es, es.length + 1);
    copy[es.length] = e;
    return new Collision(c.hash, copy);
  }

  private static Object merge(Binding<?, ?> a, int ha, Binding<?, ?> b, int hb, int shift) {
    if (ha == hb) {
      return new Collision(ha, new Binding<?, ?>[] {a, b});
    }
    int fa = (ha >>> shift) & 31;
    int fb = (hb >>> shift) & 31;
    if (fa == fb) {
      return new Bitmap(1 << fa, new Object[] {merge(a, ha, b, hb, shift + 5)});
    }
    Object[] slots = fa < fb ? new Object[] {a, b} : new Object[] {b, a};
    return new Bitmap((1 << fa) | (1 << fb), slots);
  }

  /** The node without {@code key}; the same node when absent, null when it became empty. */
  static Object remove(Object node, Object key, int hash, int shift) {
    if (node == null) {
      return null;
    }
    if (node instanceof Collision c) {
      Binding<?, ?>[] es = c.entries;
      for (int i = 0; i < es.length; i++) {
        if (es[i].key.equals(key)) {
          if (es.length == 1) {
            return null;
          }
          Binding<?, ?>[] copy = new Binding<?, ?>[es.length - 1];
          System.arraycopy(es, 0, copy, 0, i);
          System.arraycopy(es, i + 1, copy, i, es.length - i - 1);
          return new Collision(c.hash, copy);
        }
      }
      return node;
    }
    Bitmap b = (Bitmap) node;
    int bit = 1 << ((hash >>> shift) & 31);
    if ((b.bitmap & bit) == 0) {
      return node;
    }
    int idx = Integer.bitCount(b.bitmap & (bit - 1));
    Object slot = b.slots[idx];
    Object replacement;
    if (slot instanceof Binding<?, ?> e) {
      if (!e.key.equals(key)) {
        return node;
      }
      replacement = null;
    } else {
      replacement = remove(slot, key, hash, shift + 5);
      if (replacement == slot) {
        return node;
      }
    }
    if (replacement != null) {
      Object[] slots = b.slots.clone();
      slots[idx] = replacement;
      return new Bitmap(b.bitmap, slots);
    }
    if (b.slots.length == 1) {
      return null;
    }
    Object[] slots = new Object[b.slots.length - 1];
    System.arraycopy(b.slots, 0, slots, 0, idx);
    System.arraycopy(b.slots, idx + 1, slots, idx, b.slots.length - idx - 1);
    return new Bitmap(b.bitmap & ~bit, slots);
  }

  /**
   * Whether two tries bind equal keys to equal values. Shared sub-tries are recognised by
   * identity, so comparing two versions of one map costs only the paths where they differ.
   */
  static boolean sameBindings(Object a, Object b, BiPredicate<Object, Object> same) {
    if (a == b) {
      return true;
    }
    if (a instanceof Bitmap x && b instanceof Bitmap y && x.bitmap == y.bitmap) {
      for (int i = 0; i < x.slots.length; i++) {
        Object p = x.slots[i];
        Object q = y.slots[i];
        if (p == q) {
          continue;
        }
        if (p instanceof Binding<?, ?> e && q instanceof Binding<?, ?> f) {
          if (!e.key.equals(f.key) || !same.test(e.value, f.value)) {
            return false;
          }
        } else if (!sameBindings(p, q, same)) {
          return false;
        }
      }
      return true;
    }
    return sameEntries(a, b, same);
  }

  /** Compares the bindings of two sub-tries (or entries) of different shapes, by lookup. */
  private static boolean sameEntries(Object a, Object b, BiPredicate<Object, Object> same) {
    List<Binding<?, ?>> left = new ArrayList<>();
    List<Binding<?, ?>> right = new ArrayList<>();
    collect(a, left);
    collect(b, right);
    if (left.size() != right.size()) {
      return false;
    }
    Map<Object, Object> byKey = new HashMap<>();
    left.forEach(e -> byKey.put(e.key, e.value));
    for (Binding<?, ?> e : right) {
      if (!byKey.containsKey(e.key) || !same.test(byKey.get(e.key), e.value)) {
        return false;
      }
    }
    return true;
  }

  private static void collect(Object node, List<Binding<?, ?>> out) {
    if (node instanceof Binding<?, ?> e) {
      out.add(e);
    } else if (node instanceof Collision c) {
      out.addAll(Arrays.asList(c.entries));
    } else if (node instanceof Bitmap b) {
      for (Object slot : b.slots) {
        collect(slot, out);
      }
    }
  }

  /** Receives one binding that differs between two tries; null stands for "absent". */
  interface Change {
    void accept(Object key, Object before, Object after);
  }

  /**
   * Reports every key bound differently in {@code a} and {@code b} (values compared by identity),
   * skipping shared sub-tries: the cost is proportional to the paths where they differ.
   */
  static void diff(Object a, Object b, Change out) {
    if (a == b) {
      return;
    }
    if (a instanceof Bitmap x && b instanceof Bitmap y) {
      int all = x.bitmap | y.bitmap;
      while (all != 0) {
        int bit = all & -all;
        all &= ~bit;
        Object p = (x.bitmap & bit) == 0 ? null : x.slots[Integer.bitCount(x.bitmap & (bit - 1))];
        Object q = (y.bitmap & bit) == 0 ? null : y.slots[Integer.bitCount(y.bitmap & (bit - 1))];
        if (p == q) {
          continue;
        }
        if (p instanceof Binding<?, ?> e && q instanceof Binding<?, ?> f && e.key.equals(f.key)) {
          if (e.value != f.value) {
            out.accept(e.key, e.value, f.value);
          }
        } else if (p instanceof Bitmap && q instanceof Bitmap) {
          diff(p, q, out);
        } else {
          diffByLookup(p, q, out);
        }
      }
      return;
    }
    diffByLookup(a, b, out);
  }

  private static void diffByLookup(Object a, Object b, Change out) {
    List<Binding<?, ?>> left = new ArrayList<>();
    List<Binding<?, ?>> right = new ArrayList<>();
    collect(a, left);
    collect(b, right);
    Map<Object, Object> before = new HashMap<>();
    left.forEach(e -> before.put(e.key, e.value));
    for (Binding<?, ?> e : right) {
      boolean had = before.containsKey(e.key);
      Object old = before.remove(e.key);
      if (!had || old != e.value) {
        out.accept(e.key, old, e.value);
      }
    }
    before.forEach((k, v) -> out.accept(k, v, null));
  }
}
