package dev.strata.model.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable insertion-ordered map with copy-on-write updates. An update copies the references
 * of one map level, never the values: unchanged tables, columns and indexes are shared between
 * catalog versions.
 */
public final class PMap<K, V> {
  private static final PMap<?, ?> EMPTY = new PMap<>(new LinkedHashMap<>());
  private final Map<K, V> map;

  private PMap(LinkedHashMap<K, V> map) {
    this.map = Collections.unmodifiableMap(map);
  }

  @SuppressWarnings("unchecked")
  public static <K, V> PMap<K, V> empty() {
    return (PMap<K, V>) EMPTY;
  }

  public Optional<V> get(K key) {
    return Optional.ofNullable(map.get(key));
  }

  public boolean containsKey(K key) {
    return map.containsKey(key);
  }

  /** A map with {@code key} bound to {@code value}; an existing key keeps its position. */
  public PMap<K, V> with(K key, V value) {
    if (map.get(key) == value) {
      return this;
    }
    LinkedHashMap<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return new PMap<>(copy);
  }

  public PMap<K, V> without(K key) {
    if (!map.containsKey(key)) {
      return this;
    }
    LinkedHashMap<K, V> copy = new LinkedHashMap<>(map);
    copy.remove(key);
    return new PMap<>(copy);
  }

  public PMap<K, V> withoutIf(Predicate<V> drop) {
    LinkedHashMap<K, V> copy = new LinkedHashMap<>(map);
    return copy.values().removeIf(drop) ? new PMap<>(copy) : this;
  }

  public Collection<V> values() {
    return map.values();
  }

  public Set<K> keys() {
    return map.keySet();
  }

  public Map<K, V> asMap() {
    return map;
  }

  public int size() {
    return map.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PMap<?, ?> p && p.map.equals(map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  @Override
  public String toString() {
    return map.toString();
  }
}
