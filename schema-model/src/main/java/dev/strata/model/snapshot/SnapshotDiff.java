package dev.strata.model.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the model's snapshot with PostgreSQL's, object by object.
 *
 * <p>An object is anything with a name of its own: a schema, an extension, a table, a column, a
 * primary key, a unique, foreign-key or check constraint, an index, an enum, a sequence, a view.
 * Objects are matched by kind and name. An object present on one side only yields one
 * {@code exists} difference (its children are not walked); an object present on both sides yields
 * one difference per aspect that differs, and its children are compared in turn. An object
 * agrees when it is on both sides and none of its own aspects differ (a table agrees even when one
 * of its columns does not; the column is counted on its own).
 */
public final class SnapshotDiff {
  private final List<Difference> differences = new ArrayList<>();
  private int compared;
  private int agreeing;

  private SnapshotDiff() {}

  /**
   * The comparison of {@code model} with {@code postgres}.
   *
   * @param ignoredTables {@code schema.table} keys left out on both sides, with their indexes and
   *     the sequences they own: the migration tool's bookkeeping table, typically
   */
  public static SnapshotComparison compare(SchemaSnapshot model, SchemaSnapshot postgres, Set<String> ignoredTables) {
    SnapshotDiff d = new SnapshotDiff();
    d.walk("schema", asMap(model.schemas()), asMap(postgres.schemas()), s -> Map.of(), null);
    d.walk("extension", model.extensions(), postgres.extensions(), e -> aspects("schema", e.schema()), null);
    d.walk("table", withoutTables(model.tables(), ignoredTables), withoutTables(postgres.tables(), ignoredTables),
        t -> Map.of(), d::tableChildren);
    d.walk("enum", model.enums(), postgres.enums(), labels -> aspects("labels", labels), null);
    d.walk("sequence", withoutOwned(model.sequences(), ignoredTables), withoutOwned(postgres.sequences(), ignoredTables),
        SnapshotDiff::sequenceAspects, null);
    d.walk("view", model.views(), postgres.views(),
        v -> aspects("materialized", v.materialized(), "columns", v.columns()), null);
    return new SnapshotComparison(d.differences, d.compared, d.agreeing);
  }

  /** Compares the objects of one kind under one parent; {@code children} may be null. */
  private <T> void walk(String kind, Map<String, T> model, Map<String, T> pg,
      Function<T, Map<String, String>> aspects, Children<T> children) {
    TreeSet<String> names = new TreeSet<>(model.keySet());
    names.addAll(pg.keySet());
    for (String name : names) {
      compared++;
      String path = kind + " " + name;
      T m = model.get(name);
      T p = pg.get(name);
      if (m == null || p == null) {
        differences.add(new Difference(path, "exists", m == null ? Difference.ABSENT : Difference.PRESENT,
            p == null ? Difference.ABSENT : Difference.PRESENT));
        continue;
      }
      int before = differences.size();
      Map<String, String> ma = aspects.apply(m);
      Map<String, String> pa = aspects.apply(p);
      for (Map.Entry<String, String> e : ma.entrySet()) {
        String pv = pa.get(e.getKey());
        if (!e.getValue().equals(pv)) {
          differences.add(new Difference(path, e.getKey(), e.getValue(), String.valueOf(pv)));
        }
      }
      if (differences.size() == before) {
        agreeing++;
      }
      if (children != null) {
        children.compare(path, m, p);
      }
    }
  }

  private void tableChildren(String path, TableSnapshot m, TableSnapshot p) {
    walk(path + " column", byName(m.columns(), ColumnSnapshot::name), byName(p.columns(), ColumnSnapshot::name),
        SnapshotDiff::columnAspects, null);
    walk(path + " primary key", asMap(m.primaryKey()), asMap(p.primaryKey()),
        k -> aspects("columns", k.columns()), null);
    walk(path + " unique", byName(m.uniqueConstraints(), KeySnapshot::name),
        byName(p.uniqueConstraints(), KeySnapshot::name), k -> aspects("columns", k.columns()), null);
    walk(path + " foreign key", byName(m.foreignKeys(), ForeignKeySnapshot::name),
        byName(p.foreignKeys(), ForeignKeySnapshot::name), SnapshotDiff::foreignKeyAspects, null);
    walk(path + " check", asMap(m.checkConstraints()), asMap(p.checkConstraints()), c -> Map.of(), null);
    walk(path + " index", byName(m.indexes(), IndexSnapshot::name), byName(p.indexes(), IndexSnapshot::name),
        SnapshotDiff::indexAspects, null);
  }

  private static Map<String, String> columnAspects(ColumnSnapshot c) {
    return aspects("type", c.type(), "not_null", c.notNull(), "default", c.defaultExpr(),
        "identity", c.identity(), "generated", c.generated(), "position", c.position());
  }

  private static Map<String, String> foreignKeyAspects(ForeignKeySnapshot f) {
    return aspects("columns", f.columns(), "ref_table", f.refTable(), "ref_columns", f.refColumns(),
        "on_update", f.onUpdate(), "on_delete", f.onDelete());
  }

  private static Map<String, String> indexAspects(IndexSnapshot i) {
    return aspects("columns", i.columns(), "unique", i.unique(), "primary", i.primary(),
        "method", i.method(), "predicate", i.predicate());
  }

  private static Map<String, String> sequenceAspects(SequenceSnapshot s) {
    return aspects("data_type", s.dataType(), "start", s.start(), "increment", s.increment(),
        "min", s.min(), "max", s.max(), "cycle", s.cycle(), "owned_by", s.ownedBy());
  }

  /** Aspect name/value pairs, in order, each value printed by {@link #text}. */
  private static Map<String, String> aspects(Object... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], text(pairs[i + 1]));
    }
    return out;
  }

  /** Values as a person reads them: {@code none} for an empty optional, lists in brackets. */
  static String text(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(SnapshotDiff::text).orElse("none");
    }
    return String.valueOf(value);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> out = new TreeMap<>();
    for (T item : items) {
      out.put(name.apply(item), item);
    }
    return out;
  }

  private static Map<String, String> asMap(List<String> names) {
    return byName(names, Function.identity());
  }

  /** A primary key is one object per table; its name is part of its path. */
  private static Map<String, KeySnapshot> asMap(Optional<KeySnapshot> key) {
    return key.map(k -> Map.of(k.name(), k)).orElse(Map.of());
  }

  private static Map<String, TableSnapshot> withoutTables(Map<String, TableSnapshot> tables, Set<String> ignored) {
    Map<String, TableSnapshot> out = new TreeMap<>(tables);
    out.keySet().removeAll(ignored);
    return out;
  }

  private static Map<String, SequenceSnapshot> withoutOwned(Map<String, SequenceSnapshot> seqs, Set<String> ignored) {
    Map<String, SequenceSnapshot> out = new TreeMap<>();
    seqs.forEach((k, s) -> {
      boolean owned = s.ownedBy().map(o -> ignored.contains(o.substring(0, Math.max(0, o.lastIndexOf('.'))))).orElse(false);
      if (!owned) {
        out.put(k, s);
      }
    });
    return out;
  }

  @FunctionalInterface
  private interface Children<T> {
    void compare(String path, T model, T postgres);
  }
}
