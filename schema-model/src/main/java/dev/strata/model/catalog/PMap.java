package dev.strata.model.catalog;

import dev.strata.model.catalog.Hamt.Binding;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An immutable insertion-ordered map with persistent updates: a hash array mapped trie for lookup
 * and a radix vector for order, so {@link #with} and {@link #without} cost {@code O(log32 n)} and
 * share everything but one path with the map they came from. Unchanged tables, columns and indexes
 * are shared between catalog versions. Iteration follows insertion order; re-binding a key keeps
 * its position. {@link #equals} is map equality (order ignored) and skips shared sub-tries, so
 * comparing two versions of one map costs only what differs.
 */
public final class PMap<K, V> {
  private static final PMap<?, ?> EMPTY = new PMap<>(null, OrderVec.EMPTY, 0);

  private final Object root;
  private final OrderVec order;
  private final int size;
  private final Groups<K, V> groups;
  private int hash;

  private PMap(Object root, OrderVec order, int size) {
    this(root, order, size, null);
  }

  private PMap(Object root, OrderVec order, int size, Groups<K, V> groups) {
    this.root = root;
    this.order = order;
    this.size = size;
    this.groups = groups;
  }

  @SuppressWarnings("unchecked")
  public static <K, V> PMap<K, V> empty() {
    return (PMap<K, V>) EMPTY;
  }

  @SuppressWarnings("unchecked")
  private Binding<K, V> entry(Object key) {
    return key == null ? null : (Binding<K, V>) Hamt.find(root, key, Hamt.hash(key));
  }

  public Optional<V> get(K key) {
    Binding<K, V> e = entry(key);
    return e == null ? Optional.empty() : Optional.ofNullable(e.value);
  }

  public boolean containsKey(K key) {
    return entry(key) != null;
  }

  /** A map with {@code key} bound to {@code value}; an existing key keeps its position. */
  public PMap<K, V> with(K key, V value) {
    int h = Hamt.hash(key);
    @SuppressWarnings("unchecked")
    Binding<K, V> old = (Binding<K, V>) Hamt.find(root, key, h);
    if (old != null) {
      if (old.value == value) {
        return this;
      }
      Binding<K, V> e = new Binding<>(old.key, value, old.seq);
      return new PMap<>(Hamt.put(root, e, h, 0), order.set(old.seq, e), size, moved(key, old.value, value));
    }
    Binding<K, V> e = new Binding<>(key, value, order.count());
    return new PMap<>(Hamt.put(root, e, h, 0), order.append(e), size + 1, moved(key, null, value));
  }

  private Groups<K, V> moved(K key, V before, V after) {
    return groups == null ? null : groups.moved(key, before, after);
  }

  /**
   * This map with a secondary index: {@code groupsOf} names the groups a value belongs to, and
   * {@link #group} then lists a group's values without scanning the map. The index is kept up to
   * date by every update of this map and the maps made from it; it plays no part in equality.
   */
  public PMap<K, V> groupedBy(Function<? super V, ? extends Collection<?>> groupsOf) {
    return groupedBy(groupsOf, null);
  }

  /**
   * {@link #groupedBy(Function)}, where a value's groups depend only on {@code basis(value)}: an
   * update that keeps that part (the same instance) does not recompute them.
   */
  public PMap<K, V> groupedBy(Function<? super V, ? extends Collection<?>> groupsOf, Function<? super V, ?> basis) {
    Groups<K, V> g = Groups.empty(groupsOf, basis);
    for (Binding<K, V> e : entries()) {
      g = g.moved(e.key, null, e.value);
    }
    return new PMap<>(root, order, size, g);
  }

  /**
   * The values in {@code group} in this map's order, when the map was made {@link #groupedBy}
   * a grouping; empty when it has none (callers then scan).
   */
  public Optional<List<V>> group(Object group) {
    if (groups == null) {
      return Optional.empty();
    }
    List<Binding<K, V>> found = new ArrayList<>();
    for (K k : groups.members(group)) {
      found.add(entry(k));
    }
    found.sort((a, b) -> Integer.compare(a.seq, b.seq));
    List<V> out = new ArrayList<>(found.size());
    found.forEach(e -> out.add(e.value));
    return Optional.of(out);
  }

  public PMap<K, V> without(K key) {
    Binding<K, V> old = entry(key);
    if (old == null) {
      return this;
    }
    if (size == 1) {
      return groups == null ? empty() : new PMap<>(null, OrderVec.EMPTY, 0, groups.cleared());
    }
    PMap<K, V> out = new PMap<>(Hamt.remove(root, key, Hamt.hash(key), 0), order.set(old.seq, null), size - 1,
        moved(key, old.value, null));
    return out.order.count() > 2 * out.size + 32 ? out.compacted() : out;
  }

  /** The same bindings renumbered densely, so removed slots stop costing space and iteration. */
  private PMap<K, V> compacted() {
    PMap<K, V> out = empty();
    for (Binding<K, V> e : entries()) {
      out = out.with(e.key, e.value);
    }
    return groups == null ? out : new PMap<>(out.root, out.order, out.size, groups);
  }

  public PMap<K, V> withoutIf(Predicate<V> drop) {
    PMap<K, V> out = this;
    for (Binding<K, V> e : entries()) {
      if (drop.test(e.value)) {
        out = out.without(e.key);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Iterable<Binding<K, V>> entries() {
    List<Binding<K, V>> out = new ArrayList<>(size);
    order.forEach(o -> out.add((Binding<K, V>) o));
    return out;
  }

  @SuppressWarnings("unchecked")
  private Iterator<Binding<K, V>> entryIterator() {
    Iterator<Object> it = order.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Binding<K, V> next() {
        return (Binding<K, V>) it.next();
      }
    };
  }

  /** The values in insertion order (a read-only view). */
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        Iterator<Binding<K, V>> it = entryIterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public V next() {
            return it.next().value;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The keys in insertion order (a read-only view). */
  public Set<K> keys() {
    return asMap().keySet();
  }

  /** A read-only {@link Map} view in insertion order; lookups go through the trie. */
  public Map<K, V> asMap() {
    return new AbstractMap<>() {
      @Override
      public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Map.Entry<K, V>> iterator() {
            Iterator<Binding<K, V>> it = entryIterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public Map.Entry<K, V> next() {
                return it.next();
              }
            };
          }

          @Override
          public int size() {
            return size;
          }
        };
      }

      @Override
      public Set<K> keySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<K> iterator() {
            Iterator<Binding<K, V>> it = entryIterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return it.hasNext();
              }

              @Override
              public K next() {
                return it.next().key;
              }
            };
          }

          @Override
          public boolean contains(Object o) {
            return entry(o) != null;
          }

          @Override
          public int size() {
            return size;
          }
        };
      }

      @Override
      public V get(Object key) {
        Binding<K, V> e = entry(key);
        return e == null ? null : e.value;
      }

      @Override
      public boolean containsKey(Object key) {
        return entry(key) != null;
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Receives a key bound differently in two maps; null stands for "absent". */
  @FunctionalInterface
  public interface Change<K, V> {
    void accept(K key, V before, V after);
  }

  /**
   * Calls {@code out} for every key bound differently here and in {@code newer} (values compared
   * by identity), in no particular order. Shared structure is skipped, so diffing a map against
   * a later version of itself costs in proportion to the changes, not the size.
   */
  @SuppressWarnings("unchecked")
  public void diff(PMap<K, V> newer, Change<K, V> out) {
    Hamt.diff(root, newer.root, (k, a, b) -> out.accept((K) k, (V) a, (V) b));
  }

  public int size() {
    return size;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof PMap<?, ?> p) || p.size != size) {
      return false;
    }
    if (hash != 0 && p.hash != 0 && hash != p.hash) {
      return false;
    }
    return Hamt.sameBindings(root, p.root, Objects::equals);
  }

  /**
   * Whether {@code other} binds the same keys to values {@code same} accepts; shared sub-tries
   * are skipped by identity, so comparing two versions of one map costs only what differs.
   */
  public boolean equivalent(PMap<K, V> other, BiPredicate<? super V, ? super V> same) {
    if (other == this) {
      return true;
    }
    if (other.size != size) {
      return false;
    }
    @SuppressWarnings("unchecked")
    BiPredicate<Object, Object> values = (BiPredicate<Object, Object>) (BiPredicate<?, ?>) same;
    return Hamt.sameBindings(root, other.root, values);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (Binding<K, V> e : entries()) {
        h += e.hashCode();
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
