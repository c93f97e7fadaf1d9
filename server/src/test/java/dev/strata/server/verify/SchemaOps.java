package dev.strata.server.verify;

import static dev.strata.server.verify.GenState.pick;

import dev.strata.server.verify.GenState.Col;
import dev.strata.server.verify.GenState.Con;
import dev.strata.server.verify.GenState.Idx;
import dev.strata.server.verify.GenState.Tab;
import dev.strata.server.verify.GenState.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid statements on whole tables, constraints, indexes, enums, sequences and views against the
 * generator's {@link GenState}; like {@link TableOps}, each returns null when it has nothing to
 * apply to.
 */
final class SchemaOps {
  private final GenState s;
  private final Random r;
  private final TableOps columns;

  SchemaOps(GenState s, Random r, TableOps columns) {
    this.s = s;
    this.r = r;
    this.columns = columns;
  }

  String renameTable() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    String old = t.name;
    s.goneTables.add(old);
    String written = columns.name("t");
    t.name = TableOps.tracked(written);
    s.tables.forEach(o -> o.cons.stream().filter(k -> k.kind == 'f' && k.refTable.equals(old))
        .forEach(k -> k.refTable = t.name));
    s.indexes.stream().filter(i -> i.table.equals(old)).forEach(i -> i.table = t.name);
    s.views.stream().filter(v -> v.table.equals(old)).forEach(v -> v.table = t.name);
    return "ALTER TABLE " + old + " RENAME TO " + written;
  }

  /** {@code DROP TABLE}, with {@code CASCADE} when foreign keys or views depend on it. */
  String dropTable() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    boolean cascade = s.referenced(t);
    s.tables.remove(t);
    s.goneTables.add(t.name);
    s.tables.forEach(o -> o.cons.removeIf(k -> k.kind == 'f' && k.refTable.equals(t.name)));
    s.indexes.removeIf(i -> i.table.equals(t.name));
    s.views.removeIf(v -> v.table.equals(t.name));
    t.cols.stream().filter(c -> c.ownedSequence != null).forEach(c -> s.sequences.remove(c.ownedSequence));
    return "DROP TABLE " + t.name + (cascade ? " CASCADE" : "");
  }

  /** {@code ADD [CONSTRAINT name]} a primary key, unique, check or foreign key. */
  String addConstraint() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    boolean named = r.nextBoolean();
    int kind = r.nextInt(4);
    String body;
    Con con;
    if (kind == 0 && t.pk() == null) {
      con = new Con(named ? s.fresh("pk") : s.choose(t.name, null, "pkey"), 'p', List.of(c.name));
      body = "PRIMARY KEY (" + c.name + ")";
      c.notNull = true;
    } else if (kind <= 1) {
      List<String> cols = new ArrayList<>(List.of(c.name));
      Col second = pick(r, t.cols);
      if (second != c && r.nextBoolean()) {
        cols.add(second.name);
      }
      con = new Con(named ? s.fresh("uq") : s.choose(t.name, String.join("_", cols), "key"), 'u', cols);
      body = "UNIQUE (" + String.join(", ", cols) + ")";
    } else if (kind == 2) {
      String cond = TableOps.numeric(c.type) ? c.name + " >= 0" : c.type.startsWith("varchar") || c.type.equals("text")
          ? "length(" + c.name + ") < 100" : c.name + " IS NOT NULL";
      con = new Con(named ? s.fresh("ck") : s.choose(t.name, c.name, "check"), 'c', List.of(c.name));
      body = "CHECK (" + cond + ")";
    } else {
      Tab target = columns.targetFor(c.type, null);
      if (target == null) {
        return null;
      }
      con = new Con(named ? s.fresh("fk") : s.choose(t.name, c.name, "fkey"), 'f', List.of(c.name));
      con.refTable = target.name;
      con.refCols = List.of("id");
      body = "FOREIGN KEY (" + c.name + ") REFERENCES " + target.name + (r.nextBoolean() ? " (id)" : "")
          + pick(r, List.of("", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE RESTRICT",
              " ON UPDATE CASCADE ON DELETE NO ACTION"));
    }
    t.cons.add(con);
    return "ALTER TABLE " + t.name + " ADD " + (named ? "CONSTRAINT " + con.name + " " : "") + body;
  }

  /** Drops a constraint no foreign key relies on. */
  String dropConstraint() {
    Tab t = columns.anyTable();
    if (t == null || t.cons.isEmpty()) {
      return null;
    }
    Con k = pick(r, t.cons);
    if ((k.kind == 'p' || k.kind == 'u') && s.tables.stream().anyMatch(o -> o.cons.stream()
        .anyMatch(f -> f.kind == 'f' && f.refTable.equals(t.name) && f.refCols.equals(k.cols)))) {
      return null;
    }
    t.cons.remove(k);
    return "ALTER TABLE " + t.name + " DROP CONSTRAINT " + k.name;
  }

  String renameConstraint() {
    Tab t = columns.anyTable();
    if (t == null || t.cons.isEmpty()) {
      return null;
    }
    Con k = pick(r, t.cons);
    String old = k.name;
    k.name = s.fresh("con");
    return "ALTER TABLE " + t.name + " RENAME CONSTRAINT " + old + " TO " + k.name;
  }

  /** {@code CREATE [UNIQUE] INDEX [name]} on columns or an expression, sometimes partial. */
  String createIndex() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    List<String> cols = new ArrayList<>(List.of(c.name));
    String keys = c.name;
    String addition = c.name;
    int shape = r.nextInt(4);
    if (shape == 1 && (c.type.equals("text") || c.type.startsWith("varchar"))) {
      keys = "lower(" + c.name + ")";
      addition = "lower";
    } else if (shape == 2) {
      Col d = pick(r, t.cols);
      if (d != c) {
        cols.add(d.name);
        keys += ", " + d.name;
        addition += "_" + d.name;
      }
    }
    boolean named = r.nextBoolean();
    String name = named ? TableOps.tracked(columns.name("ix")) : s.choose(t.name, addition, "idx");
    s.indexes.add(new Idx(name, t.name, cols));
    return "CREATE " + (r.nextInt(3) == 0 ? "UNIQUE " : "") + "INDEX " + (named ? name + " " : "") + "ON " + t.name
        + " (" + keys + ")" + (r.nextInt(4) == 0 ? " WHERE " + c.name + " IS NOT NULL" : "");
  }

  String dropIndex() {
    if (s.indexes.isEmpty()) {
      return null;
    }
    Idx i = pick(r, s.indexes);
    s.indexes.remove(i);
    return "DROP INDEX " + i.name;
  }

  String renameIndex() {
    if (s.indexes.isEmpty()) {
      return null;
    }
    Idx i = pick(r, s.indexes);
    String old = i.name;
    i.name = s.fresh("ix");
    return "ALTER INDEX " + old + " RENAME TO " + i.name;
  }

  String createEnum() {
    String name = s.fresh("e");
    List<String> labels = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      labels.add(s.fresh("l"));
    }
    s.enums.put(name, labels);
    return "CREATE TYPE " + name + " AS ENUM ('" + String.join("', '", labels) + "')";
  }

  /** {@code ADD VALUE}, at the end or {@code BEFORE}/{@code AFTER} an existing label; returns the enum and label too. */
  String[] addValue() {
    if (s.enums.isEmpty()) {
      return null;
    }
    String e = pick(r, new ArrayList<>(s.enums.keySet()));
    List<String> labels = s.enums.get(e);
    String label = s.fresh("l");
    String sql = "ALTER TYPE " + e + " ADD VALUE '" + label + "'";
    int where = r.nextInt(3);
    if (where == 0 || labels.isEmpty()) {
      labels.add(label);
    } else {
      String at = pick(r, labels);
      int i = labels.indexOf(at);
      labels.add(where == 1 ? i : i + 1, label);
      sql += (where == 1 ? " BEFORE '" : " AFTER '") + at + "'";
    }
    return new String[] {sql, e, label};
  }

  String renameValue() {
    List<String> withLabels = s.enums.entrySet().stream().filter(x -> !x.getValue().isEmpty()).map(x -> x.getKey()).toList();
    if (withLabels.isEmpty()) {
      return null;
    }
    String e = pick(r, withLabels);
    List<String> labels = s.enums.get(e);
    int i = r.nextInt(labels.size());
    String old = labels.get(i);
    labels.set(i, s.fresh("l"));
    s.tables.forEach(t -> t.cols.stream().filter(c -> c.type.equals(e) && ("'" + old + "'").equals(c.dflt))
        .forEach(c -> c.dflt = "'" + labels.get(i) + "'"));
    return "ALTER TYPE " + e + " RENAME VALUE '" + old + "' TO '" + labels.get(i) + "'";
  }

  String createSequence() {
    String name = TableOps.tracked(columns.name("s"));
    s.sequences.add(name);
    return "CREATE SEQUENCE " + name + pick(r, List.of("", " START WITH 100", " INCREMENT BY 5", " AS integer"));
  }

  String alterSequence() {
    List<String> free = s.sequences.stream().filter(q -> !s.sequenceUsed(q)).toList();
    if (free.isEmpty()) {
      return null;
    }
    String q = pick(r, free);
    if (r.nextBoolean()) {
      s.sequences.remove(q);
      return "DROP SEQUENCE " + q;
    }
    String to = s.fresh("s");
    s.sequences.set(s.sequences.indexOf(q), to);
    return "ALTER SEQUENCE " + q + " RENAME TO " + to;
  }

  /** {@code CREATE VIEW} of some columns of a table, or {@code ALTER VIEW RENAME}, or {@code DROP VIEW}. */
  String view() {
    int op = r.nextInt(4);
    if (op >= 2 || s.views.isEmpty()) {
      Tab t = columns.anyTable();
      if (t == null) {
        return null;
      }
      List<String> cols = t.cols.stream().filter(c -> r.nextBoolean()).map(c -> c.name).toList();
      if (cols.isEmpty()) {
        cols = List.of(t.cols.get(0).name);
      }
      View v = new View(s.fresh("v"), t.name, cols);
      s.views.add(v);
      return "CREATE VIEW " + v.name + " AS SELECT " + String.join(", ", cols) + " FROM " + t.name;
    }
    View v = pick(r, s.views);
    if (op == 0) {
      s.views.remove(v);
      return "DROP VIEW " + v.name;
    }
    String old = v.name;
    v.name = s.fresh("v");
    return "ALTER VIEW " + old + " RENAME TO " + v.name;
  }
}
