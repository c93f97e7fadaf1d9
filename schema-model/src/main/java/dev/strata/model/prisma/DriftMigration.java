package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Table;
import dev.strata.model.prisma.SchemaDiff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The migration that turns the history's schema into the Prisma schema's, ordered so that every
 * statement finds what it needs: types and enum labels (then {@code COMMIT}, because PostgreSQL
 * refuses a label added in the open transaction, 55P04), tables, columns and column changes, data
 * copied into columns that moved to another table, dropped foreign keys and indexes, and last the new
 * indexes and foreign keys. Steps that lose data (dropping tables, columns, types or enum labels) are
 * written as comments with a warning unless {@code allowDestructive}.
 */
public final class DriftMigration {
  private static final Map<String, String> ACTIONS = Map.of(
      "a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE", "n", "SET NULL", "d", "SET DEFAULT");

  private final Catalog history;
  private final Catalog prisma;
  private final boolean allowDestructive;
  private final List<Change> changes;
  private final StringBuilder out = new StringBuilder();

  private DriftMigration(Catalog history, Catalog prisma, boolean allowDestructive) {
    this.history = history;
    this.prisma = prisma;
    this.allowDestructive = allowDestructive;
    this.changes = SchemaDiff.of(history, prisma);
  }

  /** The migration with destructive steps commented out. Empty when there is no drift. */
  public static String sql(Catalog fromHistory, Catalog fromPrisma) {
    return sql(fromHistory, fromPrisma, false);
  }

  public static String sql(Catalog fromHistory, Catalog fromPrisma, boolean allowDestructive) {
    DriftMigration m = new DriftMigration(fromHistory, fromPrisma, allowDestructive);
    m.write();
    return m.out.toString();
  }

  private void write() {
    types();
    for (SchemaDiff.TableMissing t : of(SchemaDiff.TableMissing.class)) {
      createTable(t.prisma());
    }
    for (SchemaDiff.ColumnMissing c : of(SchemaDiff.ColumnMissing.class)) {
      step("AddColumn", "ALTER TABLE " + t(c.prisma()) + " ADD COLUMN " + columnDef(c.column()));
    }
    for (SchemaDiff.ColumnDiffers c : of(SchemaDiff.ColumnDiffers.class)) {
      alterColumn(c);
    }
    DataCopy.write(changes, history, this::step, this::comment);
    for (SchemaDiff.ConstraintExtra c : of(SchemaDiff.ConstraintExtra.class)) {
      step("DropForeignKey", "ALTER TABLE " + t(c.history()) + " DROP CONSTRAINT " + c.constraint().name().sql());
    }
    for (SchemaDiff.ConstraintDiffers c : of(SchemaDiff.ConstraintDiffers.class)) {
      step("DropConstraint", "ALTER TABLE " + t(c.prisma()) + " DROP CONSTRAINT " + c.history().name().sql());
    }
    for (SchemaDiff.IndexExtra i : of(SchemaDiff.IndexExtra.class)) {
      step("DropIndex", "DROP INDEX " + rel(i.history().name()));
    }
    for (SchemaDiff.IndexDiffers i : of(SchemaDiff.IndexDiffers.class)) {
      step("DropIndex", "DROP INDEX " + rel(i.history().name()));
    }
    destructive();
    indexesAndKeys();
  }

  private void types() {
    for (SchemaDiff.EnumMissing e : of(SchemaDiff.EnumMissing.class)) {
      step("CreateEnum", "CREATE TYPE " + rel(e.prisma().name()) + " AS ENUM (" + quoted(e.prisma().labels()) + ")");
    }
    boolean added = false;
    for (SchemaDiff.EnumLabels e : of(SchemaDiff.EnumLabels.class)) {
      List<String> have = e.history().labels();
      List<String> want = e.prisma().labels();
      for (int i = 0; i < want.size(); i++) {
        if (have.contains(want.get(i))) {
          continue;
        }
        String anchor = nextKnown(want, i, have).map(n -> " BEFORE " + PrismaTypes.quote(n)).orElse("");
        step("AlterEnum", "ALTER TYPE " + rel(e.prisma().name()) + " ADD VALUE " + PrismaTypes.quote(want.get(i))
            + anchor);
        added = true;
      }
      for (String old : have) {
        if (!want.contains(old)) {
          comment("WARNING: label " + PrismaTypes.quote(old) + " of " + rel(e.history().name())
              + " is not in the schema; PostgreSQL cannot drop an enum label: recreate the type by hand.");
        }
      }
    }
    if (added) {
      out.append("-- New enum labels cannot be used before they are committed (PostgreSQL 55P04).\nCOMMIT;\n\n");
    }
  }

  private static java.util.Optional<String> nextKnown(List<String> want, int i, List<String> have) {
    for (int j = i + 1; j < want.size(); j++) {
      if (have.contains(want.get(j))) {
        return java.util.Optional.of(want.get(j));
      }
    }
    return java.util.Optional.empty();
  }

  private void createTable(Table p) {
    List<String> lines = new ArrayList<>();
    p.columns().forEach(c -> lines.add(columnDef(c)));
    p.primaryKey().ifPresent(pk -> lines.add("CONSTRAINT " + pk.name().sql() + " PRIMARY KEY (" + names(pk.columns())
        + ")"));
    step("CreateTable", "CREATE TABLE " + t(p) + " (\n    " + String.join(",\n    ", lines) + "\n)");
  }

  private void alterColumn(SchemaDiff.ColumnDiffers c) {
    String head = "ALTER TABLE " + t(c.prisma()) + " ALTER COLUMN " + c.column().name().sql();
    if (c.aspect().equals("type")) {
      String type = c.column().type().format(prisma::typeVisible);
      step("AlterColumn", head + " SET DATA TYPE " + type + " USING " + c.column().name().sql() + "::" + type);
    } else if (c.aspect().equals("nullability")) {
      step("AlterColumn", head + (c.column().notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
    } else {
      step("AlterColumn", head + c.column().defaultExpr().map(d -> " SET DEFAULT " + d).orElse(" DROP DEFAULT"));
    }
  }

  private void destructive() {
    for (SchemaDiff.ColumnExtra c : of(SchemaDiff.ColumnExtra.class)) {
      risky("DropColumn", "ALTER TABLE " + t(c.history()) + " DROP COLUMN " + c.column().name().sql(),
          "dropping column " + t(c.history()) + "." + c.column().name().sql() + " loses its data");
    }
    for (SchemaDiff.TableExtra x : of(SchemaDiff.TableExtra.class)) {
      risky("DropTable", "DROP TABLE " + t(x.history()), "dropping table " + t(x.history()) + " loses its rows");
    }
    for (SchemaDiff.EnumExtra e : of(SchemaDiff.EnumExtra.class)) {
      risky("DropEnum", "DROP TYPE " + rel(e.history().name()), "type " + rel(e.history().name())
          + " is not in the schema");
    }
  }

  private void indexesAndKeys() {
    List<Index> create = new ArrayList<>();
    for (SchemaDiff.TableMissing t : of(SchemaDiff.TableMissing.class)) {
      prisma.indexesOn(t.prisma().name()).stream().filter(i -> i.constraint().isEmpty()).forEach(create::add);
    }
    of(SchemaDiff.IndexMissing.class).forEach(i -> create.add(i.prisma()));
    of(SchemaDiff.IndexDiffers.class).forEach(i -> create.add(i.prisma()));
    for (Index i : create) {
      Table t = prisma.table(i.table()).orElseThrow();
      step("CreateIndex", "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + i.name().name().sql() + " ON " + t(t)
          + (i.method().equals("btree") ? "" : " USING " + i.method()) + " ("
          + i.keys().stream().map(Index.Key::display).collect(Collectors.joining(", ")) + ")");
    }
    List<Table> owners = new ArrayList<>();
    List<Constraint> keys = new ArrayList<>();
    for (SchemaDiff.TableMissing t : of(SchemaDiff.TableMissing.class)) {
      for (Constraint c : t.prisma().constraints()) {
        if (c.kind() == Constraint.Kind.FOREIGN_KEY) {
          owners.add(t.prisma());
          keys.add(c);
        }
      }
    }
    of(SchemaDiff.ConstraintMissing.class).forEach(c -> {
      owners.add(c.prisma());
      keys.add(c.constraint());
    });
    of(SchemaDiff.ConstraintDiffers.class).forEach(c -> {
      owners.add(c.prisma());
      keys.add(c.constraint());
    });
    for (int i = 0; i < keys.size(); i++) {
      addConstraint(owners.get(i), keys.get(i));
    }
  }

  private void addConstraint(Table owner, Constraint c) {
    String head = "ALTER TABLE " + t(owner) + " ADD CONSTRAINT " + c.name().sql();
    if (c.kind() == Constraint.Kind.PRIMARY_KEY) {
      step("AddPrimaryKey", head + " PRIMARY KEY (" + names(c.columns()) + ")");
      return;
    }
    Constraint.ForeignKey fk = c.references().orElseThrow();
    step("AddForeignKey", head + " FOREIGN KEY (" + names(c.columns()) + ") REFERENCES " + fk.table().sql() + "("
        + names(fk.columns()) + ") ON DELETE " + ACTIONS.getOrDefault(fk.onDelete(), "NO ACTION") + " ON UPDATE "
        + ACTIONS.getOrDefault(fk.onUpdate(), "NO ACTION"));
  }

  // ---- Text helpers --------------------------------------------------------------------------

  private String columnDef(Column c) {
    String type = c.type().format(prisma::typeVisible);
    boolean serial = c.defaultExpr().map(d -> d.startsWith("nextval(")).orElse(false);
    if (serial) {
      type = type.equals("bigint") ? "BIGSERIAL" : type.equals("smallint") ? "SMALLSERIAL" : "SERIAL";
    }
    String def = serial ? "" : c.defaultExpr().map(d -> " DEFAULT " + d).orElse("");
    return c.name().sql() + " " + type + (c.notNull() ? " NOT NULL" : "") + def;
  }

  private static String t(Table t) {
    return rel(t.name());
  }

  /** A relation name as a migration writes it: unqualified in {@code public}. */
  static String rel(dev.strata.model.catalog.QName q) {
    return q.schema().equals(dev.strata.model.catalog.QName.PUBLIC) ? q.name().sql() : q.sql();
  }

  private static String names(List<Name> ns) {
    return ns.stream().map(Name::sql).collect(Collectors.joining(", "));
  }

  private static String quoted(List<String> labels) {
    return labels.stream().map(PrismaTypes::quote).collect(Collectors.joining(", "));
  }

  private void step(String label, String sql) {
    out.append("-- ").append(label).append('\n').append(sql).append(";\n\n");
  }

  private void comment(String text) {
    out.append("-- ").append(text).append("\n\n");
  }

  private void risky(String label, String sql, String why) {
    if (allowDestructive) {
      step(label, sql);
    } else {
      out.append("-- WARNING: ").append(why).append("; uncomment once you are sure:\n-- ").append(sql).append(";\n\n");
    }
  }

  private <T extends Change> List<T> of(Class<T> kind) {
    return changes.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

}
