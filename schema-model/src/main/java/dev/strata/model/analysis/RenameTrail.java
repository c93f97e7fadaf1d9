package dev.strata.model.analysis;

import dev.strata.model.effect.ObjectEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each object of a later schema came from, according to the events between two points:
 * renames are followed through chains ({@code a → b → c} is {@code a → c}), a column's key follows
 * its table's renames, and an object created after the first point has no origin at all (even
 * when an object of the same name was renamed away or dropped before).
 *
 * <p>Keys are the events' keys without their kind: {@code schema.name} for tables, indexes, types,
 * views and sequences, {@code schema.table.column} for columns, where {@code schema.table} is the
 * table's name at the first point.
 */
final class RenameTrail {
  /** Per kind: the key now (columns: original table + current column) → the key at the first point, or NEW. */
  private final Map<String, Map<String, String>> trail = new HashMap<>();
  private static final String NEW = "\0new";
  private static final String RENAMED_FROM = "renamed from ";

  static RenameTrail of(List<ObjectEvent> events) {
    RenameTrail t = new RenameTrail();
    events.forEach(t::apply);
    return t;
  }

  private void apply(ObjectEvent e) {
    String kind = e.key().substring(0, e.key().indexOf(':'));
    String key = normalized(kind, e.key().substring(e.key().indexOf(':') + 1));
    Map<String, String> k = trail.computeIfAbsent(kind, x -> new HashMap<>());
    if (e.kind() == ObjectEvent.Kind.CREATED) {
      k.put(key, NEW);
    } else if (e.kind() == ObjectEvent.Kind.DROPPED) {
      k.remove(key);
    } else if (e.kind() == ObjectEvent.Kind.RENAMED && e.detail().startsWith(RENAMED_FROM)) {
      String from = key.substring(0, key.lastIndexOf('.') + 1) + e.detail().substring(RENAMED_FROM.length());
      String origin = k.containsKey(from) ? k.remove(from) : from;
      k.put(key, origin);
    }
  }

  /** A column key with its table spelled as it was at the first point. */
  private String normalized(String kind, String key) {
    if (!kind.equals("column")) {
      return key;
    }
    int dot = key.lastIndexOf('.');
    return original("table", key.substring(0, dot)).orElse(key.substring(0, dot)) + key.substring(dot);
  }

  /**
   * The key at the first point of the object keyed {@code key} now; empty when it was created in
   * between. Unrenamed objects are their own origin.
   */
  Optional<String> original(String kind, String key) {
    String o = trail.getOrDefault(kind, Map.of()).getOrDefault(key, key);
    return o.equals(NEW) ? Optional.empty() : Optional.of(o);
  }

  /** The original name of column {@code column} of the table whose key at the first point is {@code table}. */
  Optional<String> originalColumn(String table, String column) {
    return original("column", table + "." + column).map(k -> k.substring(k.lastIndexOf('.') + 1));
  }

  /** Like {@link #original} for an index, which a table's snapshot names without its schema. */
  Optional<String> originalIndex(String schema, String index) {
    return original("index", schema + "." + index).map(k -> k.substring(k.indexOf('.') + 1));
  }
}
