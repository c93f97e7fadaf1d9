package dev.strata.server.verify;

import static dev.strata.server.verify.GenState.pick;

import dev.strata.server.verify.GenState.Col;
import dev.strata.server.verify.GenState.Con;
import dev.strata.server.verify.GenState.Tab;
import dev.strata.server.verify.GenState.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Statements PostgreSQL should reject, given the generator's {@link GenState} (which they leave
 * unchanged): references to dropped or renamed columns and tables, duplicate names, a second
 * primary key, a foreign key of the wrong type, {@code DROP} without {@code CASCADE} of something
 * depended on, incompatible type changes. Each returns null when the state offers no occasion.
 */
final class FaultOps {
  private final GenState s;
  private final Random r;
  private final TableOps columns;

  FaultOps(GenState s, Random r, TableOps columns) {
    this.s = s;
    this.r = r;
    this.columns = columns;
  }

  /** One fault of a random kind, or null. */
  String any() {
    return switch (r.nextInt(9)) {
      case 0 -> missingColumn();
      case 1 -> missingTable();
      case 2 -> duplicate();
      case 3 -> secondPrimaryKey();
      case 4 -> foreignKeyTypeMismatch();
      case 5 -> dropDependedOn();
      case 6 -> primaryKeyDropNotNull();
      case 7 -> incompatibleType();
      default -> duplicateLabel();
    };
  }

  /** (Not in a CHECK expression: the model does not resolve the columns a CHECK names.) */
  private String missingColumn() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    List<String> gone = s.goneColumns.stream().filter(c -> t.col(c) == null).toList();
    String c = gone.isEmpty() ? "nonexistent" : pick(r, gone);
    return "ALTER TABLE " + t.name + pick(r, List.of(" DROP COLUMN " + c, " RENAME COLUMN " + c + " TO zz",
        " ALTER COLUMN " + c + " SET NOT NULL", " ALTER COLUMN " + c + " SET DEFAULT 1",
        " ADD UNIQUE (" + c + ")"));
  }

  private String missingTable() {
    List<String> gone = s.goneTables.stream().filter(t -> s.table(t) == null && !s.taken(t)).toList();
    String t = gone.isEmpty() ? "nonexistent" : pick(r, gone);
    return pick(r, List.of("ALTER TABLE " + t + " ADD COLUMN zz integer", "DROP TABLE " + t,
        "CREATE INDEX ON " + t + " (id)", "CREATE VIEW zz AS SELECT * FROM " + t, "ALTER TABLE " + t + " RENAME TO zz"));
  }

  private String duplicate() {
    Tab t = columns.anyTable();
    if (t == null) {
      return null;
    }
    Col c = pick(r, t.cols);
    List<String> options = new ArrayList<>(List.of("CREATE TABLE " + t.name + " (zz integer)",
        "ALTER TABLE " + t.name + " ADD COLUMN " + c.name + " integer",
        "ALTER TABLE " + t.name + " RENAME COLUMN " + pick(r, t.cols).name + " TO " + c.name,
        "CREATE INDEX " + t.name + " ON " + t.name + " (" + c.name + ")"));
    if (!s.enums.isEmpty()) {
      options.add("CREATE TYPE " + pick(r, new ArrayList<>(s.enums.keySet())) + " AS ENUM ('x')");
    }
    if (!t.cons.isEmpty()) {
      Con k = pick(r, t.cons);
      options.add("ALTER TABLE " + t.name + " ADD CONSTRAINT " + k.name + " CHECK (" + c.name + " IS NULL)");
    }
    return pick(r, options);
  }

  private String secondPrimaryKey() {
    List<Tab> keyed = s.tables.stream().filter(t -> t.pk() != null).toList();
    if (keyed.isEmpty()) {
      return null;
    }
    Tab t = pick(r, keyed);
    return "ALTER TABLE " + t.name + " ADD PRIMARY KEY (" + pick(r, t.cols).name + ")";
  }

  private String foreignKeyTypeMismatch() {
    for (Tab t : s.tables) {
      Con pk = t.pk();
      if (pk == null || pk.cols.size() != 1 || t.col(pk.cols.get(0)) == null) {
        continue;
      }
      String keyType = t.col(pk.cols.get(0)).type;
      for (Tab o : s.tables) {
        for (Col c : o.cols) {
          if (mismatched(c.type, keyType)) {
            return "ALTER TABLE " + o.name + " ADD FOREIGN KEY (" + c.name + ") REFERENCES " + t.name;
          }
        }
      }
    }
    return null;
  }

  private static boolean mismatched(String a, String b) {
    boolean textual = a.equals("text") || a.startsWith("varchar");
    boolean integral = b.equals("integer") || b.equals("bigint");
    return textual && integral || a.equals("boolean") && !b.equals("boolean") || a.equals("uuid") && integral;
  }

  private String dropDependedOn() {
    List<String> options = new ArrayList<>();
    s.tables.stream().filter(s::referenced).forEach(t -> options.add("DROP TABLE " + t.name));
    for (View v : s.views) {
      options.add("ALTER TABLE " + v.table + " DROP COLUMN " + v.cols.get(0));
    }
    s.enums.keySet().stream().filter(s::enumUsed).forEach(e -> options.add("DROP TYPE " + e));
    s.sequences.stream().filter(s::sequenceUsed).forEach(q -> options.add("DROP SEQUENCE " + q));
    for (Tab t : s.tables) {
      for (Con f : t.cons) {
        Tab target = f.kind == 'f' ? s.table(f.refTable) : null;
        Con key = target == null ? null : target.cons.stream()
            .filter(k -> (k.kind == 'p' || k.kind == 'u') && k.cols.equals(f.refCols)).findFirst().orElse(null);
        if (key != null && target != t) {
          options.add("ALTER TABLE " + target.name + " DROP CONSTRAINT " + key.name);
        }
      }
    }
    return options.isEmpty() ? null : pick(r, options);
  }

  private String primaryKeyDropNotNull() {
    List<Tab> keyed = s.tables.stream().filter(t -> t.pk() != null).toList();
    if (keyed.isEmpty()) {
      return null;
    }
    Tab t = pick(r, keyed);
    return "ALTER TABLE " + t.name + " ALTER COLUMN " + pick(r, t.pk().cols) + " DROP NOT NULL";
  }

  private String incompatibleType() {
    // Not a column a view uses: the model does not know that is 0A000.
    for (Tab t : s.tables) {
      for (Col c : t.cols) {
        if (c.type.equals("text") || c.type.equals("boolean") || c.type.equals("jsonb")) {
          return "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " TYPE " + pick(r, List.of("integer", "date"));
        }
      }
    }
    return null;
  }

  private String duplicateLabel() {
    List<String> withLabels = s.enums.entrySet().stream().filter(x -> !x.getValue().isEmpty()).map(x -> x.getKey()).toList();
    if (withLabels.isEmpty()) {
      return null;
    }
    String e = pick(r, withLabels);
    return "ALTER TYPE " + e + " ADD VALUE '" + pick(r, s.enums.get(e)) + "'";
  }

  /** A use, in the same migration, of the label {@code label} just added to {@code e}: 55P04 in a transaction. */
  String useNewLabel(String e, String label) {
    List<Tab> with = s.tables.stream().filter(t -> t.cols.stream().anyMatch(c -> c.type.equals(e))).toList();
    if (!with.isEmpty()) {
      Tab t = pick(r, with);
      Col c = t.cols.stream().filter(x -> x.type.equals(e)).findFirst().get();
      return "ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " SET DEFAULT '" + label + "'";
    }
    Tab t = columns.anyTable();
    return t == null ? null : "ALTER TABLE " + t.name + " ADD COLUMN zz_new " + e + " DEFAULT '" + label + "'";
  }
}
