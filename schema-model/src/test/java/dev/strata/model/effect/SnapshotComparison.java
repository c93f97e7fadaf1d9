package dev.strata.model.effect;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Compares our catalog with the oracle's {@code final_snapshot}, object by object. */
final class SnapshotComparison {
  static final Set<String> BOOKKEEPING = Set.of("_prisma_migrations", "flyway_schema_history", "schema_migrations",
      "goose_db_version");
  int compared;
  int equal;
  final List<String> differences = new ArrayList<>();

  static SnapshotComparison compare(Catalog cat, JsonObject snap) {
    SnapshotComparison c = new SnapshotComparison();
    for (Map.Entry<String, JsonElement> e : snap.getAsJsonObject("tables").entrySet()) {
      QName q = qname(e.getKey());
      if (!BOOKKEEPING.contains(q.name().value())) {
        c.table(cat, q, e.getValue().getAsJsonObject());
      }
    }
    for (Table t : cat.tables().values()) {
      if (!snap.getAsJsonObject("tables").has(t.name().key()) && !BOOKKEEPING.contains(t.name().name().value())) {
        c.check("table " + t.name().key(), "absent", "present");
      }
    }
    for (Map.Entry<String, JsonElement> e : snap.getAsJsonObject("enums").entrySet()) {
      Optional<EnumType> en = cat.enums().get(qname(e.getKey()));
      c.check("enum " + e.getKey(), strings(e.getValue().getAsJsonArray()), en.map(EnumType::labels).orElse(null));
    }
    for (Map.Entry<String, JsonElement> e : snap.getAsJsonObject("sequences").entrySet()) {
      JsonObject s = e.getValue().getAsJsonObject();
      Optional<Sequence> seq = cat.sequences().get(qname(e.getKey()));
      String want = s.get("data_type").getAsString() + " " + s.get("start") + " " + s.get("increment") + " "
          + s.get("min") + " " + s.get("max") + " " + s.get("cycle") + " " + str(s.get("owned_by"));
      c.check("sequence " + e.getKey(), want, seq.map(q -> q.dataType() + " " + q.start() + " " + q.increment() + " "
          + q.min() + " " + q.max() + " " + q.cycle() + " " + q.ownedBy().map(Sequence.ColumnRef::key).orElse(null))
          .orElse(null));
    }
    return c;
  }

  private void table(Catalog cat, QName q, JsonObject t) {
    Optional<Table> mine = cat.table(q);
    check("table " + q.key(), "present", mine.isPresent() ? "present" : "absent");
    if (mine.isEmpty()) {
      return;
    }
    Table tb = mine.get();
    for (JsonElement ce : t.getAsJsonArray("columns")) {
      JsonObject col = ce.getAsJsonObject();
      String name = col.get("name").getAsString();
      Optional<Column> c = tb.column(Name.of(name));
      String want = col.get("type").getAsString() + " notnull=" + col.get("not_null").getAsBoolean() + " default="
          + str(col.get("default"));
      check("column " + q.key() + "." + name, want, c.map(x -> x.type().format(cat::typeVisible) + " notnull="
          + x.notNull() + " default=" + x.defaultExpr().orElse(null)).orElse(null));
    }
    if (t.get("primary_key").isJsonObject()) {
      JsonObject pk = t.getAsJsonObject("primary_key");
      check("pk " + q.key(), pk.get("name").getAsString() + strings(pk.getAsJsonArray("columns")),
          tb.primaryKey().map(k -> k.name().value() + names(k.columns())).orElse(null));
    }
    constraints(tb, q, t.getAsJsonArray("unique_constraints"), Constraint.Kind.UNIQUE);
    constraints(tb, q, t.getAsJsonArray("check_constraints"), Constraint.Kind.CHECK);
    for (JsonElement fe : t.getAsJsonArray("foreign_keys")) {
      JsonObject fk = fe.getAsJsonObject();
      String name = fk.get("name").getAsString();
      String want = strings(fk.getAsJsonArray("columns")) + "->" + fk.get("ref_table").getAsString()
          + strings(fk.getAsJsonArray("ref_columns"));
      check("fk " + q.key() + "." + name, want, tb.constraint(Name.of(name)).flatMap(k -> k.references()
          .map(r -> names(k.columns()) + "->" + r.table().key() + names(r.columns()))).orElse(null));
    }
    for (JsonElement ie : t.getAsJsonArray("indexes")) {
      JsonObject ix = ie.getAsJsonObject();
      String name = ix.get("name").getAsString();
      String want = strings(ix.getAsJsonArray("columns")) + " unique=" + ix.get("unique").getAsBoolean();
      Optional<Index> mineIx = cat.index(new QName(q.schema(), Name.of(name)));
      check("index " + q.schema() + "." + name, want, mineIx.map(i -> i.keys().stream().map(Index.Key::display)
          .toList() + " unique=" + i.unique()).orElse(null));
    }
  }

  private void constraints(Table tb, QName q, JsonArray arr, Constraint.Kind kind) {
    for (JsonElement e : arr) {
      String name = e.getAsJsonObject().get("name").getAsString();
      Optional<Constraint> k = tb.constraint(Name.of(name)).filter(x -> x.kind() == kind);
      check(kind.name().toLowerCase() + " " + q.key() + "." + name, "present", k.isPresent() ? "present" : "absent");
    }
  }

  private void check(String what, Object want, Object got) {
    compared++;
    if (Objects.equals(String.valueOf(want), String.valueOf(got))) {
      equal++;
    } else {
      differences.add(what + ": expected <" + want + "> but model has <" + got + ">");
    }
  }

  private static QName qname(String key) {
    int dot = key.indexOf('.');
    return new QName(Name.of(key.substring(0, dot)), Name.of(key.substring(dot + 1)));
  }

  private static String str(JsonElement e) {
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.getAsString()));
    return out;
  }

  private static List<String> names(List<Name> ns) {
    return ns.stream().map(Name::value).toList();
  }
}
