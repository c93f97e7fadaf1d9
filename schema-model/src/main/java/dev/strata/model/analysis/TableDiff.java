package dev.strata.model.analysis;

import dev.strata.model.snapshot.ColumnSnapshot;
import dev.strata.model.snapshot.ForeignKeySnapshot;
import dev.strata.model.snapshot.IndexSnapshot;
import dev.strata.model.snapshot.KeySnapshot;
import dev.strata.model.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The changes to one table between two points, one readable line each: columns added, removed or
 * changed (type, nullability, default), primary key, unique and foreign keys, checks and the
 * indexes that back no key. Renamed columns and indexes are matched to their old selves (the
 * renames themselves are listed by {@link SchemaDiff}), so a rename alone is no change here.
 */
final class TableDiff {
  private TableDiff() {}

  /**
   * @param columnOrigin a column's name at the first point, empty when it was added in between
   * @param indexOrigin an index's name at the first point, empty when it was created in between
   */
  static List<String> changes(TableSnapshot old, TableSnapshot now, Function<String, Optional<String>> columnOrigin,
      Function<String, Optional<String>> indexOrigin) {
    List<String> out = new ArrayList<>();
    columns(old, now, columnOrigin, out);
    old = keysRenamed(old, now, columnOrigin);
    if (!old.primaryKey().map(TableDiff::keyText).equals(now.primaryKey().map(TableDiff::keyText))) {
      out.add("primary key " + old.primaryKey().map(TableDiff::keyText).orElse("none") + " → "
          + now.primaryKey().map(TableDiff::keyText).orElse("none"));
    }
    named("unique", index(old.uniqueConstraints(), KeySnapshot::name), index(now.uniqueConstraints(), KeySnapshot::name),
        Function.identity(), TableDiff::keyText, out);
    named("foreign key", index(old.foreignKeys(), ForeignKeySnapshot::name), index(now.foreignKeys(),
        ForeignKeySnapshot::name), Function.identity(), TableDiff::fkText, out);
    named("check", index(old.checkConstraints(), c -> c), index(now.checkConstraints(), c -> c), Function.identity(),
        c -> "", out);
    Set<String> keyNames = new HashSet<>();
    now.primaryKey().ifPresent(k -> keyNames.add(k.name()));
    old.primaryKey().ifPresent(k -> keyNames.add(k.name()));
    now.uniqueConstraints().forEach(k -> keyNames.add(k.name()));
    old.uniqueConstraints().forEach(k -> keyNames.add(k.name()));
    named("index", index(old.indexes().stream().filter(i -> !keyNames.contains(i.name())).toList(), IndexSnapshot::name),
        index(now.indexes().stream().filter(i -> !keyNames.contains(i.name())).toList(), IndexSnapshot::name),
        i -> indexOrigin.apply(i).orElse("\0new"), TableDiff::indexText, out);
    return out;
  }

  private static void columns(TableSnapshot old, TableSnapshot now, Function<String, Optional<String>> origin,
      List<String> out) {
    Map<String, ColumnSnapshot> before = index(old.columns(), ColumnSnapshot::name);
    Set<String> matched = new HashSet<>();
    for (ColumnSnapshot c : now.columns()) {
      Optional<ColumnSnapshot> was = origin.apply(c.name()).map(before::get);
      if (was.isEmpty()) {
        out.add("column " + c.name() + " added: " + columnText(c));
        continue;
      }
      matched.add(was.get().name());
      String label = "column " + c.name() + ": ";
      if (!was.get().type().equals(c.type())) {
        out.add(label + "type " + was.get().type() + " → " + c.type());
      }
      if (was.get().notNull() != c.notNull()) {
        out.add(label + (c.notNull() ? "nullable → NOT NULL" : "NOT NULL → nullable"));
      }
      if (!was.get().defaultExpr().equals(c.defaultExpr())) {
        out.add(label + "default " + was.get().defaultExpr().orElse("none") + " → " + c.defaultExpr().orElse("none"));
      }
      if (!was.get().identity().equals(c.identity()) || !was.get().generated().equals(c.generated())) {
        out.add(label + "identity or generation changed");
      }
    }
    before.keySet().stream().filter(n -> !matched.contains(n)).forEach(n -> out.add("column " + n + " removed"));
  }

  /** Objects matched by name ({@code origin} maps a current name to its old one); changed when their texts differ. */
  private static <T> void named(String kind, Map<String, T> old, Map<String, T> now, Function<String, String> origin,
      Function<T, String> text, List<String> out) {
    Set<String> matched = new HashSet<>();
    for (Map.Entry<String, T> e : now.entrySet()) {
      T was = old.get(origin.apply(e.getKey()));
      String shown = text.apply(e.getValue());
      if (was == null) {
        out.add(kind + " " + e.getKey() + " added" + (shown.isEmpty() ? "" : ": " + shown));
        continue;
      }
      matched.add(origin.apply(e.getKey()));
      if (!text.apply(was).equals(shown)) {
        out.add(kind + " " + e.getKey() + ": " + text.apply(was) + " → " + shown);
      }
    }
    old.keySet().stream().filter(n -> !matched.contains(n)).forEach(n -> out.add(kind + " " + n + " removed"));
  }

  /** {@code old} with its keys and indexes spelling renamed columns by their new names, so a rename alone is no change. */
  private static TableSnapshot keysRenamed(TableSnapshot old, TableSnapshot now,
      Function<String, Optional<String>> origin) {
    Map<String, String> forward = new java.util.HashMap<>();
    for (ColumnSnapshot c : now.columns()) {
      origin.apply(c.name()).filter(o -> !o.equals(c.name())).ifPresent(o -> forward.put(o, c.name()));
    }
    if (forward.isEmpty()) {
      return old;
    }
    Function<List<String>, List<String>> f = cols -> cols.stream().map(c -> forward.getOrDefault(c, c)).toList();
    return new TableSnapshot(old.columns(), old.primaryKey().map(k -> new KeySnapshot(k.name(), f.apply(k.columns()))),
        old.uniqueConstraints().stream().map(k -> new KeySnapshot(k.name(), f.apply(k.columns()))).toList(),
        old.foreignKeys().stream().map(k -> new ForeignKeySnapshot(k.name(), f.apply(k.columns()), k.refTable(),
            k.refColumns(), k.onUpdate(), k.onDelete())).toList(),
        old.checkConstraints(),
        old.indexes().stream().map(i -> new IndexSnapshot(i.name(), f.apply(i.columns()), i.unique(), i.primary(),
            i.method(), i.predicate())).toList());
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, x -> x, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String columnText(ColumnSnapshot c) {
    return c.type() + (c.notNull() ? " NOT NULL" : "") + c.defaultExpr().map(d -> " DEFAULT " + d).orElse("");
  }

  private static String keyText(KeySnapshot k) {
    return "(" + String.join(", ", k.columns()) + ")";
  }

  private static String fkText(ForeignKeySnapshot f) {
    return "(" + String.join(", ", f.columns()) + ") → " + SchemaDiff.bare(f.refTable()) + "("
        + String.join(", ", f.refColumns()) + ")" + (f.onDelete().equals("NO ACTION") ? "" : " ON DELETE " + f.onDelete());
  }

  private static String indexText(IndexSnapshot i) {
    return (i.unique() ? "unique " : "") + (i.method().equals("btree") ? "" : i.method() + " ") + "("
        + String.join(", ", i.columns()) + ")" + i.predicate().map(p -> " WHERE " + p).orElse("");
  }
}
