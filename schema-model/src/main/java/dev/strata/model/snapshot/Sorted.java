package dev.strata.model.snapshot;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Canonical copies: maps sorted by key, named lists sorted by name, all unmodifiable. */
final class Sorted {
  private Sorted() {}

  static <V> SortedMap<String, V> map(Map<String, V> m) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(m));
  }

  static <T> List<T> byName(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name)).toList();
  }
}
