package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.PMap;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.catalog.Trigger;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ALTER INDEX/SEQUENCE/VIEW/TYPE/DOMAIN ... RENAME TO, ALTER TRIGGER ... RENAME, SET SCHEMA. */
final class ObjectRenames {
  private ObjectRenames() {}

  static void rename(Tx tx, Statement.Rename s) {
    Optional<Name> schema = tx.explicitSchema(s.name());
    Name name = s.name().name();
    ObjectKind k = s.kind();
    if (k == ObjectKind.INDEX) {
      Optional<QName> q = tx.cat.resolve(tx.cat.indexes(), schema, name);
      if (missing(tx, s, q, "index")) {
        return;
      }
      Index idx = tx.cat.index(q.get()).orElseThrow();
      if (RenameEffects.renameIndex(tx, idx, s.newName()) && idx.constraint().isPresent()) {
        RenameEffects.renameConstraintOnly(tx, idx.table(), idx.constraint().get(), s.newName().name());
      }
    } else if (k == ObjectKind.SEQUENCE) {
      Optional<QName> q = tx.cat.resolve(tx.cat.sequences(), schema, name);
      if (!missing(tx, s, q, "sequence") && free(tx, s, q.get())) {
        Sequence seq = tx.cat.sequences().get(q.get()).orElseThrow();
        QName to = q.get().withName(s.newName().name());
        tx.cat = tx.cat.withSequences(tx.cat.sequences().without(q.get()).with(to, seq.withName(to, tx.origin)));
        renameRegclassInDefaults(tx, q.get(), to);
        done(tx, "sequence", q.get(), to);
      }
    } else if (k == ObjectKind.VIEW || k == ObjectKind.MATERIALIZED_VIEW) {
      Optional<QName> q = tx.cat.resolve(tx.cat.views(), schema, name);
      if (!missing(tx, s, q, "view") && free(tx, s, q.get())) {
        View v = tx.cat.views().get(q.get()).orElseThrow();
        QName to = q.get().withName(s.newName().name());
        tx.cat = tx.cat.withViews(tx.cat.views().without(q.get()).with(to, v.withName(to, tx.origin)));
        done(tx, "view", q.get(), to);
      }
    } else if (k == ObjectKind.TABLE) {
      tx.table(s.name()).ifPresent(t -> RenameEffects.renameTable(tx, t, s.newName()));
    } else if (k == ObjectKind.TYPE || k == ObjectKind.DOMAIN) {
      renameType(tx, s, schema, name);
    } else if (k == ObjectKind.SCHEMA) {
      tx.note(CatalogProblems.unsupported(tx.ctx, s.range(), "ALTER SCHEMA ... RENAME"));
    } else {
      tx.note(CatalogProblems.unsupported(tx.ctx, s.range(), "ALTER " + k.sql() + " ... RENAME"));
    }
  }

  private static boolean missing(Tx tx, Statement.Rename s, Optional<QName> q, String kind) {
    if (q.isPresent()) {
      return false;
    }
    if (s.ifExists()) {
      tx.note(CatalogProblems.skipped(tx.ctx, s.name().last().range(), kind, s.name().name().value(), false));
    } else if (kind.equals("index")) {
      // ALTER INDEX resolves a relation (RangeVarGetRelid): 42P01, unlike DROP INDEX's 42704.
      tx.fail(CatalogProblems.unknownTable(tx.ctx, s.name().last().range(), "relation", s.name().name().value()));
    } else {
      tx.fail(CatalogProblems.unknownTable(tx.ctx, s.name().last().range(), kind, s.name().name().value()));
    }
    return true;
  }

  private static boolean free(Tx tx, Statement.Rename s, QName old) {
    QName to = old.withName(s.newName().name());
    return !tx.cat.relationExists(to) || tx.fail(CatalogProblems.duplicateRelation(tx.ctx, s.newName().range(),
        s.newName().value()));
  }

  private static void done(Tx tx, String kind, QName from, QName to) {
    tx.tombstone(Catalog.objectKey(kind, from), Tombstone.Fate.RENAMED, to.name().value(), tx.origin);
    tx.event(Catalog.objectKey(kind, to), ObjectEvent.Kind.RENAMED, "renamed from " + from.name().value());
  }

  private static void renameType(Tx tx, Statement.Rename s, Optional<Name> schema, Name name) {
    Optional<QName> q = tx.cat.resolveType(schema, name);
    if (q.isEmpty() || tx.cat.tables().containsKey(q.get())) {
      if (!s.ifExists()) {
        tx.fail(CatalogProblems.unknownType(tx.ctx, s.name().last().range(), s.name().toString()));
      }
      return;
    }
    QName to = q.get().withName(s.newName().name());
    if (tx.cat.typeExists(to) || tx.cat.relationExists(to)) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, s.newName().range(), "type", s.newName().value()));
      return;
    }
    Catalog c = tx.cat;
    QName from = q.get();
    c.enums().get(from).ifPresent(e -> tx.cat = tx.cat.withEnums(tx.cat.enums().without(from).with(to,
        e.withName(to, tx.origin))));
    c.domains().get(from).ifPresent(d -> tx.cat = tx.cat.withDomains(tx.cat.domains().without(from).with(to,
        d.withName(to, tx.origin))));
    c.composites().get(from).ifPresent(d -> tx.cat = tx.cat.withComposites(tx.cat.composites().without(from).with(to,
        d.withName(to, tx.origin))));
    retypeColumns(tx, from, to);
    done(tx, "type", from, to);
  }

  private static boolean hasColumnOfType(Table t, QName type) {
    for (Column c : t.columns()) {
      if (c.type().name().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** Columns of type {@code from} now print as {@code to} (PostgreSQL stores the type's OID). */
  static void retypeColumns(Tx tx, QName from, QName to) {
    PMap<QName, Table> tables = tx.cat.tables();
    for (Table t : tx.cat.tables().values()) {
      if (!hasColumnOfType(t, from)) {
        continue;
      }
      List<Column> cols = new ArrayList<>();
      for (Column c : t.columns()) {
        String renamedDefault = "::" + new SqlType(from, List.of(), 0).format(tx.cat::typeVisible);
        String newCast = "::" + new SqlType(to, List.of(), 0).format(tx.cat::typeVisible);
        cols.add(c.type().name().equals(from)
            ? c.withType(new SqlType(to, c.type().modifiers(), c.type().arrayDims()), c.origin())
                .withDefault(c.defaultExpr().map(d -> d.replace(renamedDefault, newCast)), c.origin())
            : c);
      }
      tables = tables.with(t.name(), t.withColumns(cols, t.origin()));
    }
    tx.cat = tx.cat.withTables(tables);
  }

  /** Defaults print a sequence by its current name: {@code nextval('new'::regclass)}. */
  private static void renameRegclassInDefaults(Tx tx, QName from, QName to) {
    String old = "'" + DefaultDeparser.regclass(from.sql(), tx.cat) + "'::regclass";
    String now = "'" + DefaultDeparser.regclass(to.sql(), tx.cat) + "'::regclass";
    for (Table t : tx.cat.tables().values()) {
      if (t.columns().stream().anyMatch(c -> c.defaultExpr().map(d -> d.contains(old)).orElse(false))) {
        tx.cat = tx.cat.withTable(t.withColumns(t.columns().stream()
            .map(c -> c.withDefault(c.defaultExpr().map(d -> d.replace(old, now)), c.origin())).toList(), t.origin()));
      }
    }
  }

  static void renameOnTable(Tx tx, Statement.RenameOnTable s) {
    Optional<Table> t = tx.table(s.table());
    if (t.isEmpty()) {
      return;
    }
    Optional<Trigger> trg = t.get().trigger(s.name().name());
    if (trg.isEmpty()) {
      tx.fail(CatalogProblems.unknownObject(tx.ctx, s.name().range(), "trigger", s.name().value()));
      return;
    }
    tx.cat = tx.cat.withTable(t.get().withTriggers(t.get().triggers().stream()
        .map(x -> x.name().equals(s.name().name()) ? x.withName(s.newName().name(), tx.origin) : x).toList(),
        tx.origin));
  }

  static void setSchema(Tx tx, Statement.SetObjectSchema s) {
    if (!tx.cat.schemas().containsKey(s.schema().name())) {
      tx.fail(CatalogProblems.unknownSchema(tx.ctx, s.schema().range(), s.schema().value()));
      return;
    }
    if (s.kind() == ObjectKind.TABLE) {
      tx.table(s.name()).ifPresent(t -> RenameEffects.setTableSchema(tx, t, s.schema()));
      return;
    }
    tx.note(CatalogProblems.unsupported(tx.ctx, s.range(), "ALTER " + s.kind().sql() + " ... SET SCHEMA"));
  }
}
