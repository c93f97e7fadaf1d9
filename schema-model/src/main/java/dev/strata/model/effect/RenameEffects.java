package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renames and SET SCHEMA of tables, columns, constraints and the references that follow them:
 * indexes, foreign keys of other tables, owned sequences, views. A table's owned sequences and
 * constraints keep their names, as in PostgreSQL.
 */
final class RenameEffects {
  private RenameEffects() {}

  static boolean handles(Tx tx, Statement stmt) {
    if (stmt instanceof Statement.Rename s) {
      ObjectRenames.rename(tx, s);
    } else if (stmt instanceof Statement.RenameOnTable s) {
      ObjectRenames.renameOnTable(tx, s);
    } else if (stmt instanceof Statement.SetObjectSchema s) {
      ObjectRenames.setSchema(tx, s);
    } else {
      return false;
    }
    return true;
  }

  static void renameColumn(Tx tx, Table t, AlterAction.RenameColumn x) {
    Optional<Column> col = tx.column(t, x.from());
    if (col.isEmpty()) {
      return;
    }
    Name from = col.get().name();
    Name to = x.to().name();
    if (t.column(to).isPresent()) {
      tx.fail(CatalogProblems.duplicateColumn(tx.ctx, x.to().range(), x.to().value(), t.name().name().value()));
      return;
    }
    Table updated = t.mapColumn(from, c -> c.withName(to, tx.origin), tx.origin);
    updated = updated.withConstraints(updated.constraints().stream()
        .map(k -> k.withColumns(replace(k.columns(), from, to))).toList(), tx.origin);
    tx.cat = tx.cat.withTable(updated);
    for (Index i : tx.cat.indexesOn(t.name())) {
      List<Index.Key> keys = i.keys().stream()
          .map(k -> k.column().map(from::equals).orElse(false) ? Index.Key.column(to)
              : k.expression().map(e -> Index.Key.expression(Names.renameColumn(e, from, to))).orElse(k)).toList();
      Index moved = i.withKeys(keys, replace(i.include(), from, to));
      tx.cat = tx.cat.withIndex(new Index(moved.name(), moved.table(), moved.unique(), moved.primary(),
          moved.constraint(), moved.keys(), moved.include(), moved.method(),
          moved.predicate().map(p -> Names.renameColumn(p, from, to)), moved.valid(), moved.origin()));
    }
    for (Dependencies.Fk f : Dependencies.fksReferencing(tx.cat, t.name(), true)) {
      Table owner = tx.cat.table(f.owner()).orElseThrow();
      tx.cat = tx.cat.withTable(owner.withConstraints(owner.constraints().stream().map(k -> k.references()
          .filter(r -> r.table().equals(t.name()))
          .map(r -> k.withReferences(r.withColumns(replace(r.columns(), from, to)))).orElse(k)).toList(),
          owner.origin()));
    }
    for (Sequence s : tx.cat.sequencesOwnedBy(t.name())) {
      if (s.ownedBy().orElseThrow().column().equals(from)) {
        tx.cat = tx.cat.withSequence(s.withOwnedBy(Optional.of(new Sequence.ColumnRef(t.name(), to)), s.origin()));
      }
    }
    tx.tombstone(Catalog.columnKey(t.name(), from), Tombstone.Fate.RENAMED, to.value(), col.get().origin());
    tx.event(Catalog.columnKey(t.name(), to), ObjectEvent.Kind.RENAMED, "renamed from " + from.value());
  }

  static List<Name> replace(List<Name> names, Name from, Name to) {
    return names.stream().map(n -> n.equals(from) ? to : n).toList();
  }

  static void renameConstraint(Tx tx, Table t, AlterAction.RenameConstraint x) {
    Optional<Constraint> c = t.constraint(x.from().name());
    if (c.isEmpty()) {
      tx.fail(CatalogProblems.unknownConstraint(tx.ctx, x.from().range(), x.from().value(), t.name().name().value()));
      return;
    }
    Name to = x.to().name();
    if (t.constraint(to).isPresent()) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, x.to().range(), "constraint",
          x.to().value() + "\" for relation \"" + t.name().name().value()));
      return;
    }
    if (c.get().kind().hasIndex()) {
      Optional<Index> idx = tx.cat.index(new QName(t.name().schema(), c.get().name()));
      if (idx.isPresent() && !renameIndex(tx, idx.get(), x.to())) {
        return;
      }
    }
    renameConstraintOnly(tx, t.name(), c.get().name(), to);
  }

  static void renameConstraintOnly(Tx tx, QName table, Name from, Name to) {
    Table t = tx.cat.table(table).orElseThrow();
    tx.cat = tx.cat.withTable(t.withConstraints(t.constraints().stream()
        .map(k -> k.name().equals(from) ? k.withName(to, tx.origin) : k).toList(), tx.origin));
    tx.tombstone("constraint:" + table.key() + "." + from.value(), Tombstone.Fate.RENAMED, to.value(), t.origin());
  }

  /** Renames an index (42P07 when the name is taken), keeping the constraint it backs pointing at it. */
  static boolean renameIndex(Tx tx, Index idx, Ident to) {
    QName target = new QName(idx.name().schema(), to.name());
    if (tx.cat.relationExists(target)) {
      return tx.fail(CatalogProblems.duplicateRelation(tx.ctx, to.range(), to.value()));
    }
    Index renamed = idx.withName(target, tx.origin).withConstraint(idx.constraint().map(c -> to.name()));
    tx.cat = tx.cat.withoutIndex(idx.name()).withIndex(renamed);
    tx.tombstone(Catalog.objectKey("index", idx.name()), Tombstone.Fate.RENAMED, to.value(), idx.origin());
    tx.event(Catalog.objectKey("index", target), ObjectEvent.Kind.RENAMED, "renamed from " + idx.name().name());
    return true;
  }

  static QName renameTable(Tx tx, Table t, Ident to) {
    QName target = new QName(t.name().schema(), to.name());
    if (tx.cat.relationExists(target) || tx.cat.typeExists(target)) {
      tx.fail(CatalogProblems.duplicateRelation(tx.ctx, to.range(), to.value()));
      return t.name();
    }
    moveTable(tx, t, target);
    tx.tombstone(Catalog.objectKey("table", t.name()), Tombstone.Fate.RENAMED, to.value(), t.origin());
    tx.event(Catalog.objectKey("table", target), ObjectEvent.Kind.RENAMED, "renamed from " + t.name().name());
    return target;
  }

  static QName setTableSchema(Tx tx, Table t, Ident schema) {
    if (!tx.cat.schemas().containsKey(schema.name())) {
      tx.fail(CatalogProblems.unknownSchema(tx.ctx, schema.range(), schema.value()));
      return t.name();
    }
    QName target = t.name().withSchema(schema.name());
    if (tx.cat.relationExists(target)) {
      tx.fail(CatalogProblems.duplicateRelation(tx.ctx, schema.range(), t.name().name().value()));
      return t.name();
    }
    moveTable(tx, t, target);
    for (Index i : tx.cat.indexesOn(target)) {
      tx.cat = tx.cat.withoutIndex(i.name()).withIndex(i.withTable(target));
    }
    for (Sequence s : tx.cat.sequencesOwnedBy(target)) {
      tx.cat = tx.cat.withSequences(tx.cat.sequences().without(s.name()))
          .withSequence(s.withName(s.name().withSchema(schema.name()), tx.origin));
    }
    return target;
  }

  /** Re-keys a table and every reference to it (indexes, foreign keys, owned sequences, views). */
  private static void moveTable(Tx tx, Table t, QName target) {
    QName old = t.name();
    tx.cat = tx.cat.withTables(tx.cat.tables().without(old).with(target, t.withName(target, tx.origin)));
    for (Index i : tx.cat.indexesOn(old)) {
      tx.cat = tx.cat.withIndex(new Index(i.name(), target, i.unique(), i.primary(), i.constraint(), i.keys(),
          i.include(), i.method(), i.predicate(), i.valid(), i.origin()));
    }
    for (Table other : new ArrayList<>(tx.cat.tables().values())) {
      boolean refers = other.constraints().stream().anyMatch(k -> k.references().map(r -> r.table().equals(old))
          .orElse(false));
      if (refers) {
        tx.cat = tx.cat.withTable(other.withConstraints(other.constraints().stream().map(k -> k.references()
            .filter(r -> r.table().equals(old)).map(r -> k.withReferences(r.withTable(target))).orElse(k)).toList(),
            other.origin()));
      }
    }
    for (Sequence s : tx.cat.sequencesOwnedBy(old)) {
      Name col = s.ownedBy().orElseThrow().column();
      tx.cat = tx.cat.withSequence(s.withOwnedBy(Optional.of(new Sequence.ColumnRef(target, col)), s.origin()));
    }
    for (View v : Dependencies.viewsOn(tx.cat, old)) {
      tx.cat = tx.cat.withViews(tx.cat.views().with(v.name(), new View(v.name(), v.materialized(), v.columns(),
          v.dependsOn().stream().map(q -> q.equals(old) ? target : q).collect(Collectors.toSet()), v.definition(),
          v.origin())));
    }
  }
}
