package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Table;
import dev.strata.model.prisma.SchemaDiff.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Copies data for fields that moved between tables. A column the schema drops from table A "moved"
 * to table B when B gains a column of the same name (compared without case and underscores, so
 * {@code opsAlertsMuted} matches {@code ops_alerts_muted}) and B has a foreign key to A's primary
 * key. A new B whose primary key is that foreign key (a 1:1 split) gets one row per row of A;
 * otherwise, and whenever a required column of B has no value to take, only a comment is written.
 */
final class DataCopy {
  private DataCopy() {}

  record Move(Table from, Column fromColumn, Table to, Column toColumn) {}

  static void write(List<Change> changes, Catalog history, BiConsumer<String, String> step, Consumer<String> comment) {
    List<Move> moves = moves(changes);
    List<Table> targets = moves.stream().map(Move::to).distinct().toList();
    for (Table to : targets) {
      List<Move> mine = moves.stream().filter(m -> m.to() == to).toList();
      Table from = mine.get(0).from();
      Optional<String> insert = insert(from, to, mine, changes);
      if (insert.isPresent()) {
        step.accept("CopyData", insert.get());
      } else {
        comment.accept("TODO: copy " + describe(mine) + " from " + DriftMigration.rel(from.name()) + " into " + DriftMigration.rel(to.name())
            + " by hand: Strata cannot infer how their rows correspond.");
      }
    }
  }

  private static List<Move> moves(List<Change> changes) {
    List<Move> out = new ArrayList<>();
    for (Change c : changes) {
      if (!(c instanceof SchemaDiff.ColumnExtra extra)) {
        continue;
      }
      for (Change d : changes) {
        for (Column added : added(d)) {
          Table to = target(d);
          if (key(added.name()).equals(key(extra.column().name())) && !to.name().equals(extra.history().name())
              && foreignKeyTo(to, extra.history()).isPresent()) {
            out.add(new Move(extra.history(), extra.column(), to, added));
          }
        }
      }
    }
    return out;
  }

  private static List<Column> added(Change d) {
    if (d instanceof SchemaDiff.TableMissing t) {
      return t.prisma().columns();
    }
    return d instanceof SchemaDiff.ColumnMissing m ? List.of(m.column()) : List.of();
  }

  private static Table target(Change d) {
    return d instanceof SchemaDiff.TableMissing t ? t.prisma() : ((SchemaDiff.ColumnMissing) d).prisma();
  }

  private static Optional<Constraint> foreignKeyTo(Table to, Table from) {
    return to.constraints().stream().filter(c -> c.kind() == Constraint.Kind.FOREIGN_KEY)
        .filter(c -> c.references().map(r -> r.table().equals(from.name())).orElse(false))
        .filter(c -> from.primaryKey().map(pk -> pk.columns().equals(c.references().get().columns())).orElse(false))
        .findFirst();
  }

  /** {@code INSERT INTO to (...) SELECT ... FROM from} for a new 1:1 table, else empty. */
  private static Optional<String> insert(Table from, Table to, List<Move> moves, List<Change> changes) {
    boolean isNew = changes.stream().anyMatch(c -> c instanceof SchemaDiff.TableMissing t && t.prisma() == to);
    Constraint fk = foreignKeyTo(to, from).orElseThrow();
    if (!isNew || to.primaryKey().map(pk -> !pk.columns().equals(fk.columns())).orElse(true)) {
      return Optional.empty();
    }
    List<String> cols = new ArrayList<>();
    List<String> vals = new ArrayList<>();
    for (int i = 0; i < fk.columns().size(); i++) {
      cols.add(fk.columns().get(i).sql());
      vals.add(fk.references().get().columns().get(i).sql());
    }
    for (Move m : moves) {
      cols.add(m.toColumn().name().sql());
      vals.add(m.fromColumn().name().sql());
    }
    for (Column c : to.columns()) {
      boolean covered = cols.contains(c.name().sql());
      if (!covered && c.notNull() && c.defaultExpr().isEmpty()) {
        if (!c.type().typname().startsWith("timestamp")) {
          return Optional.empty();
        }
        cols.add(c.name().sql());
        vals.add("CURRENT_TIMESTAMP");
      }
    }
    return Optional.of("INSERT INTO " + DriftMigration.rel(to.name()) + " (" + String.join(", ", cols) + ")\nSELECT "
        + String.join(", ", vals) + " FROM " + DriftMigration.rel(from.name()));
  }

  private static String describe(List<Move> moves) {
    return String.join(", ", moves.stream().map(m -> m.fromColumn().name().sql()).toList());
  }

  private static String key(Name n) {
    return n.value().replace("_", "").toLowerCase(Locale.ROOT);
  }
}
