package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement.Drop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DROP TABLE/VIEW/INDEX/SEQUENCE/TYPE/DOMAIN/SCHEMA/EXTENSION. Without CASCADE, dependents
 * (foreign keys of other tables, views, columns of a dropped type) fail with 2BP01; with CASCADE
 * they go too. A table takes its indexes, constraints, triggers and owned sequences with it.
 */
final class DropEffects {
  private DropEffects() {}

  static void drop(Tx tx, Drop s) {
    for (QualifiedName n : s.names()) {
      if (tx.failed()) {
        return;
      }
      ObjectKind k = s.kind();
      if (k == ObjectKind.TABLE) {
        dropTable(tx, s, n);
      } else if (k == ObjectKind.VIEW || k == ObjectKind.MATERIALIZED_VIEW) {
        dropView(tx, s, n);
      } else if (k == ObjectKind.INDEX) {
        dropIndex(tx, s, n);
      } else if (k == ObjectKind.SEQUENCE) {
        dropSequence(tx, s, n);
      } else if (k == ObjectKind.TYPE || k == ObjectKind.DOMAIN) {
        TypeEffects.dropType(tx, s, n);
      } else {
        ObjectEffects.drop(tx, s, n);
      }
    }
  }

  static void skippedOrMissing(Tx tx, Drop s, QualifiedName n, String kind) {
    if (s.ifExists()) {
      tx.note(CatalogProblems.skipped(tx.ctx, n.last().range(), kind, n.name().value(), false));
    } else if (kind.equals("index")) {
      tx.fail(tx.withHistory(CatalogProblems.unknownIndex(tx.ctx, n.last().range(), n.name().value()),
          Catalog.objectKey("index", new QName(tx.cat.creationSchema().orElse(QName.PUBLIC), n.name()))));
    } else if (kind.equals("table")) {
      tx.fail(tx.unknownTable(n));
    } else {
      tx.fail(CatalogProblems.unknownTable(tx.ctx, n.last().range(), kind, n.name().value()));
    }
  }

  private static void dropTable(Tx tx, Drop s, QualifiedName n) {
    Optional<QName> q = tx.cat.resolve(tx.cat.tables(), tx.explicitSchema(n), n.name());
    if (q.isEmpty()) {
      if (tx.cat.resolveRelation(tx.explicitSchema(n), n.name()).isPresent()) {
        tx.fail(CatalogProblems.wrongObjectType(tx.ctx, n.last().range(), n.name().value(), "a table"));
        return;
      }
      skippedOrMissing(tx, s, n, "table");
      return;
    }
    Set<QName> dropping = s.names().stream()
        .map(x -> tx.cat.resolve(tx.cat.tables(), tx.explicitSchema(x), x.name()))
        .flatMap(Optional::stream).collect(Collectors.toSet());
    removeTable(tx, q.get(), s.cascade(), dropping, n);
  }

  /** Drops a table and what it owns; dependents outside {@code together} need CASCADE. */
  static void removeTable(Tx tx, QName q, boolean cascade, Set<QName> together, QualifiedName at) {
    Table t = tx.cat.table(q).orElseThrow();
    List<Dependencies.Fk> fks = Dependencies.fksReferencing(tx.cat, q, false).stream()
        .filter(f -> !together.contains(f.owner())).toList();
    List<View> views = Dependencies.viewsOn(tx.cat, q);
    if (!cascade && !fks.isEmpty()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, at.last().range(), "table " + q.name().value(),
          "constraint " + fks.get(0).constraint().name().value() + " on table " + fks.get(0).owner().name().value()));
      return;
    }
    if (!cascade && !views.isEmpty()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, at.last().range(), "table " + q.name().value(),
          "view " + views.get(0).name().name().value()));
      return;
    }
    fks.forEach(f -> tx.cat = Dependencies.dropConstraint(tx.cat, f.owner(), f.constraint().name(), tx.origin));
    views.forEach(v -> tx.cat = tx.cat.withViews(tx.cat.views().without(v.name())));
    // Partitions go with their parent, as in PostgreSQL (they need no CASCADE).
    List<QName> partitions = new ArrayList<>();
    for (Table p : tx.cat.tables().values()) {
      if (p.partitionOf().isPresent() && p.partitionOf().get().equals(q)) {
        partitions.add(p.name());
      }
    }
    for (QName partition : partitions) {
      if (tx.cat.table(partition).isPresent()) {
        removeTable(tx, partition, true, together, at);
      }
    }
    for (Index i : tx.cat.indexesOn(q)) {
      tx.cat = tx.cat.withoutIndex(i.name());
    }
    for (Sequence seq : tx.cat.sequencesOwnedBy(q)) {
      tx.cat = tx.cat.withSequences(tx.cat.sequences().without(seq.name()));
    }
    tx.cat = tx.cat.withoutTable(q);
    tx.tombstone(Catalog.objectKey("table", q), Tombstone.Fate.DROPPED, "", t.origin());
    tx.event(Catalog.objectKey("table", q), ObjectEvent.Kind.DROPPED, "dropped");
  }

  private static void dropView(Tx tx, Drop s, QualifiedName n) {
    Optional<QName> q = tx.cat.resolve(tx.cat.views(), tx.explicitSchema(n), n.name());
    if (q.isEmpty()) {
      skippedOrMissing(tx, s, n, s.kind() == ObjectKind.VIEW ? "view" : "materialized view");
      return;
    }
    List<View> dependents = Dependencies.viewsOn(tx.cat, q.get());
    if (!s.cascade() && !dependents.isEmpty()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, n.last().range(), "view " + q.get().name().value(),
          "view " + dependents.get(0).name().name().value()));
      return;
    }
    dependents.forEach(v -> tx.cat = tx.cat.withViews(tx.cat.views().without(v.name())));
    tx.cat.indexesOn(q.get()).forEach(i -> tx.cat = tx.cat.withoutIndex(i.name()));
    tx.cat = tx.cat.withViews(tx.cat.views().without(q.get()));
    tx.tombstone(Catalog.objectKey("view", q.get()), Tombstone.Fate.DROPPED, "", tx.origin);
    tx.event(Catalog.objectKey("view", q.get()), ObjectEvent.Kind.DROPPED, "dropped");
  }

  private static void dropIndex(Tx tx, Drop s, QualifiedName n) {
    Optional<QName> q = tx.cat.resolve(tx.cat.indexes(), tx.explicitSchema(n), n.name());
    if (q.isEmpty()) {
      skippedOrMissing(tx, s, n, "index");
      return;
    }
    Index idx = tx.cat.index(q.get()).orElseThrow();
    if (idx.constraint().isPresent()) {
      tx.fail(CatalogProblems.dependentObjects(tx.ctx, n.last().range(), "index " + q.get().name().value(),
          "constraint " + idx.constraint().get().value() + " on table " + idx.table().name().value())
          .withHelp("Drop the constraint instead (ALTER TABLE " + idx.table().name().sql() + " DROP CONSTRAINT "
              + idx.constraint().get().sql() + ")."));
      return;
    }
    tx.cat = tx.cat.withoutIndex(q.get());
    tx.tombstone(Catalog.objectKey("index", q.get()), Tombstone.Fate.DROPPED, "", idx.origin());
    tx.event(Catalog.objectKey("index", q.get()), ObjectEvent.Kind.DROPPED, "dropped");
  }

  private static void dropSequence(Tx tx, Drop s, QualifiedName n) {
    Optional<QName> q = tx.cat.resolve(tx.cat.sequences(), tx.explicitSchema(n), n.name());
    if (q.isEmpty()) {
      skippedOrMissing(tx, s, n, "sequence");
      return;
    }
    String marker = "'" + DefaultDeparser.regclass(q.get().sql(), tx.cat) + "'::regclass";
    for (Table t : tx.cat.tables().values()) {
      for (Column c : t.columns()) {
        if (c.defaultExpr().map(d -> d.contains(marker)).orElse(false)) {
          if (!s.cascade()) {
            tx.fail(CatalogProblems.dependentObjects(tx.ctx, n.last().range(), "sequence " + q.get().name().value(),
                "default value for column " + c.name().value() + " of table " + t.name().name().value()));
            return;
          }
          AlterTableEffects.update(tx, t, c.name(), c.withDefault(Optional.empty(), tx.origin));
        }
      }
    }
    tx.cat = tx.cat.withSequences(tx.cat.sequences().without(q.get()));
    tx.event(Catalog.objectKey("sequence", q.get()), ObjectEvent.Kind.DROPPED, "dropped");
  }

  static Set<Name> names(List<QualifiedName> ns) {
    return ns.stream().map(QualifiedName::name).collect(Collectors.toSet());
  }
}
