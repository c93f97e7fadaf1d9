package dev.strata.server.verify;

import static dev.strata.server.verify.GenState.pick;

import dev.strata.server.verify.GenState.Col;
import dev.strata.server.verify.GenState.Con;
import dev.strata.server.verify.GenState.Tab;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid table and column statements against the generator's {@link GenState}, which each one
 * updates as PostgreSQL would. Every method returns the statement, or null when the state offers
 * nothing to apply it to.
 */
final class TableOps {
  static final List<String> TYPES = List.of("integer", "bigint", "smallint", "text", "varchar(40)", "boolean",
      "numeric(10,2)", "timestamptz", "date", "jsonb", "uuid");
  private static final String LONG = "_abcdefghijklmnopqrstuvwxyz".repeat(3);

  private final GenState s;
  private final Random r;

  TableOps(GenState s, Random r) {
    this.s = s;
    this.r = r;
  }

  String name(String prefix) {
    String n = s.fresh(prefix);
    return r.nextInt(12) == 0 ? (n + LONG).substring(0, 66 + r.nextInt(6)) : n;
  }

  static String tracked(String name) {
    return name.length() > GenState.NAMEDATALEN ? name.substring(0, GenState.NAMEDATALEN) : name;
  }

  String type() {
    if (!s.enums.isEmpty() && r.nextInt(5) == 0) {
      return pick(r, new ArrayList<>(s.enums.keySet()));
    }
    return pick(r, TYPES);
  }

  /** A default expression for a column of {@code type}, or null when none fits. */
  String defaultFor(String type) {
    List<String> labels = s.enums.get(type);
    if (labels != null) {
      return labels.isEmpty() ? null : "'" + pick(r, labels) + "'";
    }
    return switch (type) {
      case "integer", "bigint", "smallint" -> !freeSequences().isEmpty() && r.nextInt(3) == 0
          ? "nextval('" + pick(r, freeSequences()) + "')" : String.valueOf(r.nextInt(100));
      case "text", "varchar(40)" -> "'v" + r.nextInt(10) + "'";
      case "boolean" -> r.nextBoolean() ? "true" : "false";
      case "numeric(10,2)" -> "1.5";
      case "timestamptz" -> r.nextBoolean() ? "now()" : "CURRENT_TIMESTAMP";
      case "date" -> "CURRENT_DATE";
      case "jsonb" -> "'{}'";
      case "uuid" -> "gen_random_uuid()";
      default -> null;
    };
  }

  /**
   * Sequences no column owns. (The model does not know that dropping a column drops its owned
   * sequence and so fails when another column's default uses it: the generator avoids that.)
   */
  private List<String> freeSequences() {
    return s.sequences.stream().filter(q -> s.tables.stream().noneMatch(t -> t.cols.stream()
        .anyMatch(c -> q.equals(c.ownedSequence)))).toList();
  }

  /** {@code CREATE TABLE} with a few columns, an optional key, inline constraints and references. */
  String createTable() {
    String written = name("t");
    Tab t = new Tab(tracked(written));
    List<String> defs = new ArrayList<>();
    boolean serial = r.nextInt(4) == 0;
    String pkType = serial ? "serial" : pick(r, List.of("integer", "bigint", "text", "uuid"));
    if (r.nextInt(5) != 0) {
      Col id = new Col("id", serial ? "integer" : pkType);
      id.notNull = true;
      if (serial) {
        id.ownedSequence = s.choose(t.name, "id", "seq");
        id.dflt = "nextval('" + id.ownedSequence + "')";
        s.sequences.add(id.ownedSequence);
      }
      t.cols.add(id);
      Con pk = new Con(r.nextBoolean() ? s.choose(t.name, null, "pkey") : t.name + "_pk", 'p', List.of("id"));
      defs.add("id " + pkType + (pk.name.endsWith("_pkey") ? " PRIMARY KEY" : " CONSTRAINT " + pk.name + " PRIMARY KEY"));
      t.cons.add(pk);
    }
    s.tables.add(t);
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      defs.add(columnDef(t, true));
    }
    return "CREATE TABLE " + written + " (" + String.join(", ", defs) + ")";
  }

  /** A column definition, added to {@code t}; inline constraints now and then. */
  private String columnDef(Tab t, boolean inTable) {
    String written = name("c");
    Col c = new Col(tracked(written), type());
    StringBuilder sb = new StringBuilder(written + " " + c.type);
    if (r.nextInt(3) == 0) {
      c.dflt = defaultFor(c.type);
      if (c.dflt != null) {
        sb.append(" DEFAULT ").append(c.dflt);
      }
    }
    if (r.nextInt(4) == 0) {
      c.notNull = true;
      sb.append(" NOT NULL");
    }
    t.cols.add(c);
    int extra = r.nextInt(10);
    if (extra == 0) {
      sb.append(" UNIQUE");
      t.cons.add(new Con(s.choose(t.name, c.name, "key"), 'u', List.of(c.name)));
    } else if (extra == 1 && numeric(c.type)) {
      sb.append(" CHECK (").append(c.name).append(" > 0)");
      t.cons.add(new Con(s.choose(t.name, c.name, "check"), 'c', List.of(c.name)));
    } else if (extra == 2 && inTable) {
      Tab target = targetFor(c.type, t);
      if (target != null) {
        sb.append(" REFERENCES ").append(target.name);
        Con fk = new Con(s.choose(t.name, c.name, "fkey"), 'f', List.of(c.name));
        fk.refTable = target.name;
        fk.refCols = List.of("id");
        t.cons.add(fk);
      }
    }
    return sb.toString();
  }

  static boolean numeric(String type) {
    return type.equals("integer") || type.equals("bigint") || type.equals("smallint") || type.startsWith("numeric");
  }

  /** A table (other than {@code self}) whose primary key is a single {@code id} column of {@code type}. */
  Tab targetFor(String type, Tab self) {
    List<Tab> ok = s.tables.stream().filter(t -> t != self && t.pk() != null && t.pk().cols.equals(List.of("id"))
        && t.col("id") != null && t.col("id").type.equals(type)).toList();
    return ok.isEmpty() ? null : pick(r, ok);
  }

  Tab anyTable() {
    return s.tables.isEmpty() ? null : pick(r, s.tables);
  }

  String addColumn() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    String first = "ALTER TABLE " + t.name + " ADD COLUMN " + columnDef(t, false);
    return r.nextInt(4) == 0 ? first + ", ADD " + columnDef(t, false) : first;
  }

  String dropColumn() {
    Tab t = anyTable();
    if (t == null || t.cols.size() < 2) {
      return null;
    }
    Col c = pick(r, t.cols);
    if (s.columnDependedOn(t, c.name)) {
      return null;
    }
    t.cols.remove(c);
    s.goneColumns.add(c.name);
    t.cons.removeIf(k -> k.cols.contains(c.name));
    s.indexes.removeIf(i -> i.table.equals(t.name) && i.cols.contains(c.name));
    if (c.ownedSequence != null) {
      s.sequences.remove(c.ownedSequence);
    }
    return "ALTER TABLE " + t.name + " DROP COLUMN " + c.name;
  }

  String renameColumn() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    if (s.views.stream().anyMatch(v -> v.table.equals(t.name) && v.cols.contains(c.name))) {
      // The model finds a view's column dependencies in its query text, which a rename leaves stale.
      return null;
    }
    String old = c.name;
    s.goneColumns.add(old);
    String written = name("c");
    c.name = tracked(written);
    for (Tab o : s.tables) {
      for (Con k : o.cons) {
        k.cols.replaceAll(x -> o == t && x.equals(old) ? c.name : x);
        if (k.kind == 'f' && k.refTable.equals(t.name)) {
          k.refCols = k.refCols.stream().map(x -> x.equals(old) ? c.name : x).toList();
        }
      }
    }
    s.indexes.stream().filter(i -> i.table.equals(t.name)).forEach(i -> i.cols.replaceAll(x -> x.equals(old) ? c.name : x));
    s.views.stream().filter(v -> v.table.equals(t.name)).forEach(v -> v.cols.replaceAll(x -> x.equals(old) ? c.name : x));
    return "ALTER TABLE " + t.name + " RENAME COLUMN " + old + " TO " + written;
  }

  /** {@code ALTER COLUMN TYPE}: a widening without {@code USING}, or a conversion with one. */
  String alterType() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    if (s.views.stream().anyMatch(v -> v.table.equals(t.name) && v.cols.contains(c.name)) || s.columnDependedOn(t, c.name)
        || t.cons.stream().anyMatch(k -> k.cols.contains(c.name) && k.kind == 'f')
        // The model does not re-derive index expressions after a type change (lower(c::text) stays).
        || s.indexes.stream().anyMatch(i -> i.table.equals(t.name) && i.cols.contains(c.name))
        // Nor does it type-check CHECK expressions again (c > 0 on a column made text is 42883).
        || t.cons.stream().anyMatch(k -> k.kind == 'c' && k.cols.contains(c.name))) {
      return null;
    }
    String to = switch (c.type) {
      case "smallint" -> "integer";
      case "integer" -> pick(r, List.of("bigint", "numeric(12,2)", "text"));
      case "varchar(40)" -> pick(r, List.of("text", "varchar(80)"));
      case "text" -> "varchar(200)";
      case "date" -> "timestamptz";
      default -> null;
    };
    String sql = "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " TYPE ";
    if (to == null || r.nextInt(3) == 0) {
      if (c.dflt != null || !List.of("text", "varchar(40)", "boolean", "bigint").contains(c.type)) {
        return null;
      }
      to = c.type.equals("boolean") ? "integer" : "integer";
      sql += to + " USING " + c.name + "::integer";
    } else {
      sql += to;
    }
    c.type = to;
    return sql;
  }

  String setDefault() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    String d = defaultFor(c.type);
    if (d == null || c.ownedSequence != null) {
      return null;
    }
    c.dflt = d;
    return "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " SET DEFAULT " + d;
  }

  String dropDefault() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    if (c.ownedSequence != null) {
      return null;
    }
    c.dflt = null;
    return "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " DROP DEFAULT";
  }

  String notNull() {
    Tab t = anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    boolean inPk = t.pk() != null && t.pk().cols.contains(c.name);
    if (inPk) {
      return null;
    }
    c.notNull = !c.notNull;
    return "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + (c.notNull ? " SET" : " DROP") + " NOT NULL";
  }
}
