package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.List;
import java.util.Optional;

/** ALTER TABLE constraint actions, plus dispatch of the rename and partition actions. */
final class AlterConstraintEffects {
  private AlterConstraintEffects() {}

  static QName apply(Tx tx, Table t, AlterAction a) {
    if (a instanceof AlterAction.AddConstraint x) {
      addConstraint(tx, t, x.constraint());
    } else if (a instanceof AlterAction.DropConstraint x) {
      dropConstraint(tx, t, x);
    } else if (a instanceof AlterAction.ValidateConstraint x) {
      Optional<Constraint> c = t.constraint(x.name().name());
      if (c.isEmpty()) {
        tx.fail(CatalogProblems.unknownConstraint(tx.ctx, x.name().range(), x.name().value(), t.name().name().value()));
      } else {
        tx.cat = tx.cat.withTable(t.withConstraints(t.constraints().stream()
            .map(k -> k.name().equals(c.get().name()) ? k.withValidated(true, tx.origin) : k).toList(), tx.origin));
      }
    } else if (a instanceof AlterAction.RenameColumn x) {
      RenameEffects.renameColumn(tx, t, x);
    } else if (a instanceof AlterAction.RenameConstraint x) {
      RenameEffects.renameConstraint(tx, t, x);
    } else if (a instanceof AlterAction.RenameTable x) {
      return RenameEffects.renameTable(tx, t, x.to());
    } else if (a instanceof AlterAction.SetSchema x) {
      return RenameEffects.setTableSchema(tx, t, x.schema());
    } else if (a instanceof AlterAction.AttachPartition x) {
      tx.table(x.partition()).ifPresent(p -> tx.cat = tx.cat.withTable(p.withPartitionOf(Optional.of(t.name()),
          tx.origin)));
    } else if (a instanceof AlterAction.DetachPartition x) {
      tx.table(x.partition()).ifPresent(p -> tx.cat = tx.cat.withTable(p.withPartitionOf(Optional.empty(),
          tx.origin)));
    }
    return t.name();
  }

  private static void addConstraint(Tx tx, Table t, TableConstraint c) {
    if (c.usingIndex().isPresent()) {
      addUsingIndex(tx, t, c);
      return;
    }
    ConstraintEffects.add(tx, t.name(), c);
  }

  /** {@code ADD CONSTRAINT name PRIMARY KEY|UNIQUE USING INDEX idx}: the index is renamed to the constraint. */
  private static void addUsingIndex(Tx tx, Table t, TableConstraint c) {
    var idxId = c.usingIndex().get();
    Optional<Index> idx = tx.cat.index(new QName(t.name().schema(), idxId.name()));
    if (idx.isEmpty()) {
      tx.fail(CatalogProblems.unknownIndex(tx.ctx, idxId.range(), idxId.value()));
      return;
    }
    boolean pk = c.kind() == TableConstraint.Kind.PRIMARY_KEY;
    if (pk && t.primaryKey().isPresent()) {
      tx.fail(CatalogProblems.multiplePrimaryKeys(tx.ctx, c.range(), t.name().name().value()));
      return;
    }
    Name name = c.name().map(i -> i.name()).orElse(idx.get().name().name());
    List<Name> cols = idx.get().keys().stream().flatMap(k -> k.column().stream()).toList();
    Constraint k = new Constraint(name, pk ? Constraint.Kind.PRIMARY_KEY : Constraint.Kind.UNIQUE, cols,
        Optional.empty(), Optional.empty(), c.deferrable(), c.initiallyDeferred(), true, tx.origin);
    Table updated = t.withConstraint(k, tx.origin);
    if (pk) {
      for (Name col : cols) {
        updated = updated.mapColumn(col, x -> x.withNotNull(true, tx.origin), tx.origin);
      }
    }
    ConstraintEffects.put(tx, updated, k);
    Index renamed = new Index(new QName(t.name().schema(), name), t.name(), true, pk, Optional.of(name),
        idx.get().keys(), idx.get().include(), idx.get().method(), idx.get().predicate(), true, tx.origin);
    tx.cat = tx.cat.withoutIndex(idx.get().name()).withIndex(renamed);
  }

  private static void dropConstraint(Tx tx, Table t, AlterAction.DropConstraint x) {
    Optional<Constraint> c = t.constraint(x.name().name());
    if (c.isEmpty()) {
      if (x.ifExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, x.name().range(), "constraint", x.name().value(), false));
      } else {
        tx.fail(withCandidates(tx, t, x));
      }
      return;
    }
    if (c.get().kind() == Constraint.Kind.PRIMARY_KEY || c.get().kind() == Constraint.Kind.UNIQUE) {
      List<Dependencies.Fk> fks = Dependencies.fksReferencing(tx.cat, t.name(), true).stream()
          .filter(f -> f.constraint().references().orElseThrow().columns().equals(c.get().columns())
              && !(f.owner().equals(t.name()) && f.constraint().name().equals(c.get().name())))
          .toList();
      if (!fks.isEmpty() && !x.cascade()) {
        tx.fail(CatalogProblems.dependentObjects(tx.ctx, x.name().range(), "constraint " + x.name().value()
            + " on table " + t.name().name().value(), "constraint " + fks.get(0).constraint().name().value()
            + " on table " + fks.get(0).owner().name().value()));
        return;
      }
      fks.forEach(f -> tx.cat = Dependencies.dropConstraint(tx.cat, f.owner(), f.constraint().name(), tx.origin));
    }
    tx.cat = Dependencies.dropConstraint(tx.cat, t.name(), c.get().name(), tx.origin);
    tx.tombstone("constraint:" + t.name().key() + "." + c.get().name().value(),
        dev.strata.model.catalog.Tombstone.Fate.DROPPED, "", c.get().origin());
    tx.event("constraint:" + t.name().key() + "." + c.get().name().value(), ObjectEvent.Kind.DROPPED, "dropped");
  }

  private static dev.strata.model.diag.Diagnostic withCandidates(Tx tx, Table t, AlterAction.DropConstraint x) {
    var d = CatalogProblems.unknownConstraint(tx.ctx, x.name().range(), x.name().value(), t.name().name().value());
    d = tx.withHistory(d, "constraint:" + t.name().key() + "." + x.name().value());
    return Suggest.fix(d, tx.ctx, x.name(), t.constraints().stream().map(k -> k.name().value()).toList());
  }

  static String key(QName table, Name constraint) {
    return "constraint:" + Catalog.objectKey("", table).substring(1) + "." + constraint.value();
  }
}
