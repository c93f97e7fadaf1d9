package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.Table;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.prisma.SchemaDiff.Change;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drift between a migration history and a Prisma schema: every difference between the catalog after
 * the last migration and {@link PrismaCatalog#of the catalog the schema implies}, one diagnostic
 * each, placed on the model, field or attribute concerned (objects only the history has point at
 * the model of their table, or at the datasource).
 */
public final class Drift {
  /** Code of every drift item. */
  public static final DiagnosticCode CODE = DiagnosticCode.check("schema-drift", Severity.WARNING);

  private final PrismaSchema schema;
  private final String after;

  private Drift(PrismaSchema schema, String lastMigration) {
    this.schema = schema;
    this.after = "after the last migration" + (lastMigration.isEmpty() ? "" : " (" + lastMigration + ")");
  }

  public static List<Diagnostic> compare(Catalog fromHistory, Catalog fromPrisma, PrismaSchema schema) {
    return compare(fromHistory, fromPrisma, schema, "");
  }

  /** As {@link #compare(Catalog, Catalog, PrismaSchema)}, naming the last migration in messages. */
  public static List<Diagnostic> compare(Catalog fromHistory, Catalog fromPrisma, PrismaSchema schema,
      String lastMigration) {
    Drift d = new Drift(schema, lastMigration);
    List<Diagnostic> out = new ArrayList<>();
    for (Change c : SchemaDiff.of(fromHistory, fromPrisma)) {
      out.add(d.diagnostic(c));
    }
    return out;
  }

  private Diagnostic diagnostic(Change c) {
    if (c instanceof SchemaDiff.EnumMissing e) {
      return at(e.prisma().origin(), "enum " + e.prisma().name().name().value() + " has no type "
          + e.prisma().name().name().sql() + " " + after, "Create the type " + labels(e.prisma().labels()) + ".");
    }
    if (c instanceof SchemaDiff.EnumExtra e) {
      return at(null, "type " + e.history().name().name().sql() + " exists " + after + " but no enum maps to it",
          "Drop the type, or add the enum to the schema.");
    }
    if (c instanceof SchemaDiff.EnumLabels e) {
      return at(e.prisma().origin(), "enum " + e.prisma().name().name().value() + " has labels "
          + labels(e.prisma().labels()) + " but type " + e.history().name().name().sql() + " has "
          + labels(e.history().labels()) + " " + after, "Add the missing labels with ALTER TYPE ... ADD VALUE.");
    }
    if (c instanceof SchemaDiff.TableMissing t) {
      return at(t.prisma().origin(), "model " + model(t.prisma()) + " has no table " + t.prisma().name().name().sql()
          + " " + after, "Create the table in a new migration.");
    }
    if (c instanceof SchemaDiff.TableExtra t) {
      return at(null, "table " + t.history().name().name().sql() + " exists " + after + " but no model maps to it",
          "Drop the table, or add a model for it.");
    }
    return columnOrIndex(c);
  }

  private Diagnostic columnOrIndex(Change c) {
    if (c instanceof SchemaDiff.ColumnMissing m) {
      return at(m.column().origin(), "field " + model(m.prisma()) + "." + m.column().name().value() + " has no column "
          + col(m.prisma(), m.column()) + " " + after, "Add the column in a new migration.");
    }
    if (c instanceof SchemaDiff.ColumnExtra m) {
      return at(m.prisma().origin(), "column " + col(m.history(), m.column()) + " (" + type(m.column()) + ") exists "
          + after + " but model " + model(m.prisma()) + " has no field for it", "Drop the column, or add the field.");
    }
    if (c instanceof SchemaDiff.ColumnDiffers m) {
      return at(m.column().origin(), "column " + col(m.prisma(), m.column()) + " differs in " + m.aspect() + ": "
          + aspect(m.column(), m.aspect()) + " in the schema, " + aspect(m.history(), m.aspect()) + " " + after,
          "Alter the column in a new migration.");
    }
    if (c instanceof SchemaDiff.ConstraintMissing m) {
      return at(m.constraint().origin(), "constraint " + m.constraint().name().sql() + " on " + m.prisma().name().name()
          .sql() + " is missing " + after, "Add the constraint in a new migration.");
    }
    if (c instanceof SchemaDiff.ConstraintExtra m) {
      return at(m.prisma().origin(), "constraint " + m.constraint().name().sql() + " on " + m.history().name().name()
          .sql() + " exists " + after + " but is not in the schema", "Drop the constraint, or model it.");
    }
    if (c instanceof SchemaDiff.ConstraintDiffers m) {
      return at(m.constraint().origin(), "constraint " + m.constraint().name().sql() + " on "
          + m.prisma().name().name().sql() + " differs from the schema " + after, "Recreate the constraint.");
    }
    if (c instanceof SchemaDiff.IndexMissing m) {
      return at(m.prisma().origin(), "index " + m.prisma().name().name().sql() + " " + keys(m.prisma())
          + " is missing " + after, "Create the index in a new migration.");
    }
    if (c instanceof SchemaDiff.IndexExtra m) {
      return at(m.prisma().origin(), (m.history().unique() ? "unique index " : "index ")
          + m.history().name().name().sql() + " " + keys(m.history()) + " exists " + after
          + " but is not in the schema", "Drop the index, or add it to the model.");
    }
    SchemaDiff.IndexDiffers m = (SchemaDiff.IndexDiffers) c;
    return at(m.prisma().origin(), "index " + m.prisma().name().name().sql() + " " + keys(m.prisma())
        + " differs from " + keys(m.history()) + " " + after, "Recreate the index.");
  }

  private Diagnostic at(Origin origin, String message, String help) {
    FileRange where = origin != null && !origin.isBuiltin() && origin.migration().equals(PrismaCatalog.ORIGIN)
        ? origin.location() : fallback();
    return Diagnostic.of(CODE, where, message).withHelp(help);
  }

  /** The datasource name, else the start of the first model's file. */
  private FileRange fallback() {
    if (schema.datasource().isPresent()) {
      return new FileRange(schema.datasource().get().file(), schema.datasource().get().nameRange());
    }
    return schema.models().stream().findFirst().map(m -> new FileRange(m.file(), TextRange.EMPTY))
        .orElse(new FileRange(new FileId("schema.prisma"), TextRange.EMPTY));
  }

  private String model(Table prismaTable) {
    return schema.models().stream().filter(m -> !m.view() && Name.of(m.dbName()).equals(prismaTable.name().name()))
        .map(PrismaModel::name).findFirst().orElse(prismaTable.name().name().value());
  }

  private static String col(Table t, Column c) {
    return t.name().name().sql() + "." + c.name().sql();
  }

  private static String type(Column c) {
    return c.type().format(q -> true);
  }

  private static String aspect(Column c, String aspect) {
    if (aspect.equals("type")) {
      return type(c);
    }
    if (aspect.equals("nullability")) {
      return c.notNull() ? "NOT NULL" : "nullable";
    }
    return c.defaultExpr().map(d -> "DEFAULT " + d).orElse("no default");
  }

  private static String keys(Index i) {
    return "(" + i.keys().stream().map(Index.Key::display).collect(Collectors.joining(", ")) + ")";
  }

  private static String labels(List<String> labels) {
    return "[" + String.join(", ", labels) + "]";
  }

}
