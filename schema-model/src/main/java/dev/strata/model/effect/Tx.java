package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Tombstone;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The working state of one statement: the catalog as its actions change it, the problems and
 * events so far. After the first error every later action is skipped and {@link Effects} returns
 * the catalog from before the statement.
 */
final class Tx {
  final ApplyContext ctx;
  final Origin origin;
  Catalog cat;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<ObjectEvent> events = new ArrayList<>();
  private boolean failed;

  Tx(Catalog before, ApplyContext ctx, Origin origin) {
    this.cat = before;
    this.ctx = ctx;
    this.origin = origin;
  }

  boolean failed() {
    return failed;
  }

  boolean ok() {
    return !failed;
  }

  /** Records an error; only the first is kept, as PostgreSQL stops at the first. Returns false. */
  boolean fail(Diagnostic d) {
    if (!failed) {
      problems.add(d);
      failed = true;
    }
    return false;
  }

  void note(Diagnostic d) {
    problems.add(d.severity() == Severity.ERROR ? d.withSeverity(Severity.INFO) : d);
  }

  void event(String key, ObjectEvent.Kind kind, String detail) {
    events.add(new ObjectEvent(key, kind, origin, detail));
  }

  List<Diagnostic> problems() {
    return problems;
  }

  List<ObjectEvent> events() {
    return events;
  }

  // ---- Names ------------------------------------------------------------------------------

  Optional<Name> explicitSchema(QualifiedName qn) {
    return qn.schema().map(Ident::name);
  }

  /** The schema a CREATE of {@code qn} goes to; fails with 3F000 when it does not exist. */
  Optional<Name> creationSchema(QualifiedName qn) {
    if (qn.schema().isPresent()) {
      Ident s = qn.schema().get();
      if (!cat.schemas().containsKey(s.name())) {
        fail(CatalogProblems.unknownSchema(ctx, s.range(), s.value()));
        return Optional.empty();
      }
      return Optional.of(s.name());
    }
    Optional<Name> s = cat.creationSchema();
    if (s.isEmpty()) {
      fail(CatalogProblems.unknownSchema(ctx, qn.range(), "(no schema has been selected to create in)"));
    }
    return s;
  }

  /** The table {@code qn} names, or empty after reporting 42P01 (or 42809 when it is another relation). */
  Optional<Table> table(QualifiedName qn) {
    Optional<QName> q = cat.resolve(cat.tables(), explicitSchema(qn), qn.name());
    if (q.isPresent()) {
      return cat.table(q.get());
    }
    Optional<QName> other = cat.resolveRelation(explicitSchema(qn), qn.name());
    if (other.isPresent()) {
      fail(CatalogProblems.wrongObjectType(ctx, qn.last().range(), qn.name().value(), "a table"));
      return Optional.empty();
    }
    fail(unknownTable(qn));
    return Optional.empty();
  }

  Optional<Table> tableIfExists(QualifiedName qn) {
    return cat.resolve(cat.tables(), explicitSchema(qn), qn.name()).flatMap(cat::table);
  }

  Diagnostic unknownTable(QualifiedName qn) {
    Ident id = qn.last();
    Diagnostic d = CatalogProblems.unknownTable(ctx, id.range(), "table", id.value());
    Name schema = explicitSchema(qn).orElse(cat.creationSchema().orElse(QName.PUBLIC));
    d = withHistory(d, Catalog.objectKey("table", new QName(schema, id.name())));
    List<String> names = cat.tables().keys().stream().filter(k -> k.schema().equals(schema))
        .map(k -> k.name().value()).toList();
    return Suggest.fix(d, ctx, id, names);
  }

  /**
   * The column {@code id} of {@code t}. Missing columns of tables whose columns are opaque are
   * not errors: empty is returned without failing.
   */
  Optional<Column> column(Table t, Ident id) {
    Optional<Column> c = t.column(id.name());
    if (c.isPresent() || t.opaqueColumns()) {
      return c;
    }
    fail(unknownColumn(t, id));
    return Optional.empty();
  }

  boolean hasColumn(Table t, Ident id) {
    return t.column(id.name()).isPresent() || t.opaqueColumns() || fail(unknownColumn(t, id));
  }

  Diagnostic unknownColumn(Table t, Ident id) {
    Diagnostic d = CatalogProblems.unknownColumn(ctx, id.range(), id.value(), t.name().name().value());
    d = withHistory(d, Catalog.columnKey(t.name(), id.name()));
    if (!t.origin().isBuiltin()) {
      d = d.withRelated(List.of(new Related(t.origin().location(),
          "table \"" + t.name().name().value() + "\" was last changed here (" + t.origin().migration() + ")")));
    }
    return Suggest.fix(d, ctx, id, t.columns().stream().map(c -> c.name().value()).toList());
  }

  /** Adds where a dropped or renamed object went, when the catalog remembers it. */
  Diagnostic withHistory(Diagnostic d, String key) {
    Optional<Tombstone> t = cat.tombstone(key);
    if (t.isEmpty() || t.get().gone().isBuiltin()) {
      return d;
    }
    Tombstone ts = t.get();
    String what = ts.fate() == Tombstone.Fate.DROPPED ? "dropped" : "renamed to \"" + ts.newName() + "\"";
    return d.withRelated(List.of(new Related(ts.gone().location(), "it was " + what + " here ("
        + ts.gone().migration() + ")")));
  }

  void tombstone(String key, Tombstone.Fate fate, String newName, Origin created) {
    cat = cat.withTombstone(new Tombstone(key, fate, newName, created, origin));
  }
}
