package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement.AlterTable;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.List;
import java.util.Optional;

/**
 * ALTER TABLE: each action in order against the catalog as the previous actions left it. Column
 * actions live here; constraint actions in {@link AlterConstraintEffects}; renames and SET SCHEMA
 * in {@link RenameEffects}.
 */
final class AlterTableEffects {
  private AlterTableEffects() {}

  static void apply(Tx tx, AlterTable s) {
    Optional<Table> t = s.ifExists() ? tx.tableIfExists(s.name()) : tx.table(s.name());
    if (t.isEmpty()) {
      if (s.ifExists() && tx.ok()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.name().last().range(), "relation", s.name().name().value(), false));
      }
      return;
    }
    QName name = t.get().name();
    for (AlterAction a : s.actions()) {
      if (tx.failed()) {
        return;
      }
      name = action(tx, name, a);
    }
  }

  /** Applies one action; returns the table's name afterwards (renames change it). */
  private static QName action(Tx tx, QName name, AlterAction a) {
    Table t = tx.cat.table(name).orElseThrow();
    if (a instanceof AlterAction.AddColumn x) {
      addColumn(tx, t, x);
    } else if (a instanceof AlterAction.DropColumn x) {
      dropColumn(tx, t, x);
    } else if (a instanceof AlterAction.AlterColumnType x) {
      alterType(tx, t, x);
    } else if (a instanceof AlterAction.SetDefault x) {
      tx.column(t, x.column()).ifPresent(c -> {
        Optional<String> d = ColumnFactory.defaultFor(tx, x.value(), c.type());
        update(tx, t, c.name(), c.withDefault(d, tx.origin));
      });
    } else if (a instanceof AlterAction.DropDefault x) {
      tx.column(t, x.column()).ifPresent(c -> update(tx, t, c.name(), c.withDefault(Optional.empty(), tx.origin)));
    } else if (a instanceof AlterAction.SetNotNull x) {
      tx.column(t, x.column()).ifPresent(c -> update(tx, t, c.name(), c.withNotNull(true, tx.origin)));
    } else if (a instanceof AlterAction.DropNotNull x) {
      dropNotNull(tx, t, x);
    } else if (a instanceof AlterAction.AddIdentity x) {
      tx.column(t, x.column()).ifPresent(c -> {
        ColumnFactory.ownedSequence(tx, t.name(), c, x.identity().options());
        update(tx, t, c.name(), c.withNotNull(true, tx.origin)
            .withIdentity(Optional.of(x.identity().always() ? 'a' : 'd'), tx.origin));
      });
    } else if (a instanceof AlterAction.DropIdentity x) {
      tx.column(t, x.column()).ifPresent(c -> {
        tx.cat.sequencesOwnedBy(t.name()).stream().filter(q -> q.ownedBy().orElseThrow().column().equals(c.name()))
            .forEach(q -> tx.cat = tx.cat.withSequences(tx.cat.sequences().without(q.name())));
        update(tx, t, c.name(), c.withIdentity(Optional.empty(), tx.origin));
      });
    } else if (a instanceof AlterAction.AlterColumnOther x) {
      tx.column(t, x.column());
    } else {
      return AlterConstraintEffects.apply(tx, t, a);
    }
    return name;
  }

  static void update(Tx tx, Table t, Name col, Column c) {
    Table current = tx.cat.table(t.name()).orElse(t);
    tx.cat = tx.cat.withTable(current.mapColumn(col, x -> c, tx.origin));
    tx.event(Catalog.columnKey(t.name(), col), ObjectEvent.Kind.ALTERED, "altered");
  }

  private static void addColumn(Tx tx, Table t, AlterAction.AddColumn x) {
    if (x.ifNotExists() && t.column(x.column().name().name()).isPresent()) {
      tx.note(CatalogProblems.skipped(tx.ctx, x.column().name().range(), "column", x.column().name().value(), true));
      return;
    }
    Table updated = TableEffects.addColumnDef(tx, t, x.column());
    if (tx.failed()) {
      return;
    }
    updated = TableEffects.printGenerated(tx, updated, List.of(x.column()));
    tx.cat = tx.cat.withTable(updated);
    tx.event(Catalog.columnKey(t.name(), x.column().name().name()), ObjectEvent.Kind.CREATED, "added");
    List<TableConstraint> inline = x.column().constraints();
    ConstraintEffects.addAll(tx, t.name(), inline);
  }

  private static void dropColumn(Tx tx, Table t, AlterAction.DropColumn x) {
    Optional<Column> col = t.column(x.column().name());
    if (col.isEmpty()) {
      if (x.ifExists() || t.opaqueColumns()) {
        tx.note(CatalogProblems.skipped(tx.ctx, x.column().range(), "column", x.column().value(), false));
      } else {
        tx.fail(tx.unknownColumn(t, x.column()));
      }
      return;
    }
    Name c = col.get().name();
    List<Dependencies.Fk> fks = Dependencies.fksReferencingColumn(tx.cat, t.name(), c);
    List<View> views = Dependencies.viewsOnColumn(tx.cat, t.name(), c);
    if (!x.cascade() && !fks.isEmpty()) {
      Dependencies.Fk fk = fks.get(0);
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, x.column().range(), "column " + c.value() + " of table "
          + t.name().name().value(), "constraint " + fk.constraint().name().value() + " on table "
          + fk.owner().name().value()));
      return;
    }
    if (!x.cascade() && !views.isEmpty()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, x.column().range(), "column " + c.value() + " of table "
          + t.name().name().value(), "view " + views.get(0).name().name().value()));
      return;
    }
    fks.forEach(f -> tx.cat = Dependencies.dropConstraint(tx.cat, f.owner(), f.constraint().name(), tx.origin));
    views.forEach(v -> tx.cat = tx.cat.withViews(tx.cat.views().without(v.name())));
    removeColumn(tx, t.name(), col.get());
  }

  /** Drops a column with what depends on it automatically: its constraints, indexes and owned sequences. */
  static void removeColumn(Tx tx, QName tableName, Column col) {
    Table t = tx.cat.table(tableName).orElseThrow();
    Name c = col.name();
    for (Constraint k : t.constraints()) {
      if (k.columns().contains(c) || k.expression().map(e -> dev.strata.model.catalog.Names.mentions(e, c))
          .orElse(false) && k.kind() == Constraint.Kind.CHECK) {
        tx.cat = Dependencies.dropConstraint(tx.cat, tableName, k.name(), tx.origin);
      }
    }
    for (Index i : tx.cat.indexesOn(tableName)) {
      if (i.uses(c)) {
        tx.cat = tx.cat.withoutIndex(i.name());
      }
    }
    for (Sequence s : tx.cat.sequencesOwnedBy(tableName)) {
      if (s.ownedBy().orElseThrow().column().equals(c)) {
        tx.cat = tx.cat.withSequences(tx.cat.sequences().without(s.name()));
      }
    }
    Table current = tx.cat.table(tableName).orElseThrow();
    tx.cat = tx.cat.withTable(current.withoutColumn(c, tx.origin));
    tx.tombstone(Catalog.columnKey(tableName, c), Tombstone.Fate.DROPPED, "", col.origin());
    tx.event(Catalog.columnKey(tableName, c), ObjectEvent.Kind.DROPPED, "dropped");
  }

  private static void alterType(Tx tx, Table t, AlterAction.AlterColumnType x) {
    Optional<Column> col = tx.column(t, x.column());
    if (col.isEmpty()) {
      return;
    }
    Optional<SqlType> type = TypeResolver.resolve(tx, x.type());
    if (type.isEmpty()) {
      return;
    }
    if (x.using().isEmpty() && !Casts.assignable(col.get().type(), type.get())) {
      tx.fail(CatalogProblems.cannotCast(tx.ctx, x.column().range(), x.column().value(),
          type.get().format(tx.cat::typeVisible)));
      return;
    }
    Column c = col.get().withType(type.get(), tx.origin);
    if (x.collation().isPresent()) {
      c = c.withCollation(x.collation().map(Ident::name), tx.origin);
    }
    update(tx, t, c.name(), c);
  }

  private static void dropNotNull(Tx tx, Table t, AlterAction.DropNotNull x) {
    Optional<Column> col = tx.column(t, x.column());
    if (col.isEmpty()) {
      return;
    }
    boolean inPk = t.primaryKey().map(pk -> pk.columns().contains(col.get().name())).orElse(false);
    if (inPk) {
      tx.fail(CatalogProblems.columnInPrimaryKey(tx.ctx, x.column().range(), x.column().value()));
      return;
    }
    update(tx, t, col.get().name(), col.get().withNotNull(false, tx.origin));
  }
}
