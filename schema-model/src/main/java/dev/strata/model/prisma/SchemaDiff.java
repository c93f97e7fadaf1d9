package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The differences between a history's catalog and the catalog a Prisma schema implies, one
 * {@link Change} per difference, in a stable order (enums, tables, columns, constraints, indexes).
 * Only the schemas the Prisma catalog uses are compared; {@code _prisma_migrations} and CHECK
 * constraints (which Prisma does not model) are ignored. Shared by {@link Drift} (messages) and
 * {@link DriftMigration} (SQL).
 */
final class SchemaDiff {
  /** One difference; {@code history} is the side the migrations built, {@code prisma} the schema's. */
  sealed interface Change {}

  record EnumMissing(EnumType prisma) implements Change {}

  record EnumExtra(EnumType history) implements Change {}

  record EnumLabels(EnumType history, EnumType prisma) implements Change {}

  record TableMissing(Table prisma) implements Change {}

  record TableExtra(Table history) implements Change {}

  record ColumnMissing(Table prisma, Column column) implements Change {}

  record ColumnExtra(Table history, Column column, Table prisma) implements Change {}

  /** {@code aspect} is {@code type}, {@code nullability} or {@code default}. */
  record ColumnDiffers(Table prisma, Column history, Column column, String aspect) implements Change {}

  record ConstraintMissing(Table prisma, Constraint constraint) implements Change {}

  record ConstraintExtra(Table history, Constraint constraint, Table prisma) implements Change {}

  record ConstraintDiffers(Table prisma, Constraint history, Constraint constraint) implements Change {}

  record IndexMissing(Index prisma) implements Change {}

  record IndexExtra(Index history, Table prisma) implements Change {}

  record IndexDiffers(Index history, Index prisma) implements Change {}

  private SchemaDiff() {}

  static List<Change> of(Catalog history, Catalog prisma) {
    List<Change> out = new ArrayList<>();
    Set<Name> schemas = prisma.tables().keys().stream().map(QName::schema).collect(Collectors.toSet());
    prisma.enums().keys().forEach(q -> schemas.add(q.schema()));
    enums(history, prisma, schemas, out);
    List<Table> common = tables(history, prisma, schemas, out);
    for (Table p : common) {
      columns(history.table(p.name()).orElseThrow(), p, history, prisma, out);
    }
    for (Table p : common) {
      constraints(history.table(p.name()).orElseThrow(), p, out);
    }
    indexes(history, prisma, common, out);
    return out;
  }

  private static void enums(Catalog history, Catalog prisma, Set<Name> schemas, List<Change> out) {
    for (EnumType p : sortedEnums(prisma.enums().values())) {
      Optional<EnumType> h = history.enums().get(p.name());
      if (h.isEmpty()) {
        out.add(new EnumMissing(p));
      } else if (!h.get().labels().equals(p.labels())) {
        out.add(new EnumLabels(h.get(), p));
      }
    }
    for (EnumType h : sortedEnums(history.enums().values())) {
      if (schemas.contains(h.name().schema()) && !prisma.enums().containsKey(h.name())) {
        out.add(new EnumExtra(h));
      }
    }
  }

  private static List<Table> tables(Catalog history, Catalog prisma, Set<Name> schemas, List<Change> out) {
    List<Table> common = new ArrayList<>();
    for (Table p : sorted(prisma.tables().values())) {
      if (history.table(p.name()).isPresent()) {
        common.add(p);
      } else {
        out.add(new TableMissing(p));
      }
    }
    for (Table h : sorted(history.tables().values())) {
      if (schemas.contains(h.name().schema()) && !h.name().name().value().equals("_prisma_migrations")
          && prisma.table(h.name()).isEmpty()) {
        out.add(new TableExtra(h));
      }
    }
    return common;
  }

  private static void columns(Table h, Table p, Catalog history, Catalog prisma, List<Change> out) {
    for (Column pc : p.columns()) {
      Optional<Column> hc = h.column(pc.name());
      if (hc.isEmpty()) {
        out.add(new ColumnMissing(p, pc));
        continue;
      }
      if (!hc.get().type().format(history::typeVisible).equals(pc.type().format(prisma::typeVisible))) {
        out.add(new ColumnDiffers(p, hc.get(), pc, "type"));
      }
      if (hc.get().notNull() != pc.notNull()) {
        out.add(new ColumnDiffers(p, hc.get(), pc, "nullability"));
      }
      if (!sameDefault(hc.get(), pc)) {
        out.add(new ColumnDiffers(p, hc.get(), pc, "default"));
      }
    }
    for (Column hc : h.columns()) {
      if (p.column(hc.name()).isEmpty()) {
        out.add(new ColumnExtra(h, hc, p));
      }
    }
  }

  /** Serial defaults name their sequence; any {@code nextval} matches any other. */
  private static boolean sameDefault(Column a, Column b) {
    String x = a.defaultExpr().orElse("");
    String y = b.defaultExpr().orElse("");
    return x.equals(y) || (x.startsWith("nextval(") && y.startsWith("nextval("));
  }

  private static void constraints(Table h, Table p, List<Change> out) {
    for (Constraint pc : relevant(p)) {
      Optional<Constraint> hc = h.constraint(pc.name());
      if (hc.isEmpty()) {
        out.add(new ConstraintMissing(p, pc));
      } else if (!sameConstraint(hc.get(), pc)) {
        out.add(new ConstraintDiffers(p, hc.get(), pc));
      }
    }
    for (Constraint hc : relevant(h)) {
      if (p.constraint(hc.name()).isEmpty()) {
        out.add(new ConstraintExtra(h, hc, p));
      }
    }
  }

  private static List<Constraint> relevant(Table t) {
    return t.constraints().stream()
        .filter(c -> c.kind() == Constraint.Kind.PRIMARY_KEY || c.kind() == Constraint.Kind.FOREIGN_KEY).toList();
  }

  private static boolean sameConstraint(Constraint a, Constraint b) {
    return a.kind() == b.kind() && a.columns().equals(b.columns()) && Objects.equals(a.references(), b.references());
  }

  private static void indexes(Catalog history, Catalog prisma, List<Table> common, List<Change> out) {
    for (Table p : common) {
      for (Index pi : sortedIndexes(prisma.indexesOn(p.name()))) {
        Optional<Index> hi = history.index(pi.name());
        if (hi.isEmpty()) {
          out.add(new IndexMissing(pi));
        } else if (!sameIndex(hi.get(), pi)) {
          out.add(new IndexDiffers(hi.get(), pi));
        }
      }
      for (Index hi : sortedIndexes(history.indexesOn(p.name()))) {
        if (prisma.index(hi.name()).isEmpty() && hi.constraint().isEmpty()) {
          out.add(new IndexExtra(hi, p));
        }
      }
    }
  }

  private static boolean sameIndex(Index a, Index b) {
    return a.unique() == b.unique() && a.keys().equals(b.keys()) && a.method().equals(b.method())
        && a.predicate().equals(b.predicate());
  }

  private static List<EnumType> sortedEnums(java.util.Collection<EnumType> c) {
    return c.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  private static List<Table> sorted(java.util.Collection<Table> c) {
    return c.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }

  private static List<Index> sortedIndexes(java.util.Collection<Index> c) {
    return c.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
  }
}
