package dev.strata.model.catalog;

import java.util.Collection;
import java.util.function.Function;

/**
 * A secondary index of a {@link PMap}: which keys belong to each group, where a value's groups
 * are given by a function (an index's table, the tables a table's foreign keys reference). It is
 * persistent like its map and updated with it, so finding a group's members costs the size of
 * the group, not of the map.
 */
final class Groups<K, V> {
  private final Function<? super V, ? extends Collection<?>> groupsOf;
  private final Function<? super V, ?> basis;
  private final PMap<Object, PMap<K, Boolean>> members;

  /**
   * @param basis the part of a value its groups are computed from (a table's constraints), or
   *     null: when an update keeps that part (the same instance), the groups are not recomputed
   */
  Groups(Function<? super V, ? extends Collection<?>> groupsOf, Function<? super V, ?> basis,
      PMap<Object, PMap<K, Boolean>> members) {
    this.groupsOf = groupsOf;
    this.basis = basis;
    this.members = members;
  }

  static <K, V> Groups<K, V> empty(Function<? super V, ? extends Collection<?>> groupsOf,
      Function<? super V, ?> basis) {
    return new Groups<>(groupsOf, basis, PMap.empty());
  }

  /** The same grouping without members. */
  Groups<K, V> cleared() {
    return new Groups<>(groupsOf, basis, PMap.empty());
  }

  /** The groups after {@code key} moved from value {@code before} to {@code after} (null = absent). */
  Groups<K, V> moved(K key, V before, V after) {
    if (before == after || sameBasis(before, after)) {
      return this;
    }
    Collection<?> from = before == null ? java.util.List.of() : groupsOf.apply(before);
    Collection<?> to = after == null ? java.util.List.of() : groupsOf.apply(after);
    if (from.equals(to)) {
      return this;
    }
    PMap<Object, PMap<K, Boolean>> m = members;
    for (Object g : from) {
      if (!to.contains(g)) {
        PMap<K, Boolean> left = m.get(g).orElse(PMap.empty()).without(key);
        m = left.size() == 0 ? m.without(g) : m.with(g, left);
      }
    }
    for (Object g : to) {
      if (!from.contains(g)) {
        m = m.with(g, m.get(g).orElse(PMap.empty()).with(key, Boolean.TRUE));
      }
    }
    return new Groups<>(groupsOf, basis, m);
  }

  private boolean sameBasis(V before, V after) {
    return basis != null && before != null && after != null && basis.apply(before) == basis.apply(after);
  }

  Collection<K> members(Object group) {
    return members.get(group).map(PMap::keys).orElse(java.util.Set.of());
  }
}
