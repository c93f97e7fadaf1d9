package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement.CreateTable;
import dev.strata.model.sql.ast.Statement.CreateTableAs;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CREATE TABLE (columns, constraints, LIKE, INHERITS, PARTITION OF) and CREATE TABLE AS. */
final class TableEffects {
  private TableEffects() {}

  static void create(Tx tx, CreateTable s) {
    Optional<QName> name = TemporaryTables.newTableName(tx, s.name(), s.ifNotExists(), s.temporary(), s.onCommit());
    if (name.isEmpty()) {
      return;
    }
    Table.Kind kind = s.partitionBy().isPresent() ? Table.Kind.PARTITIONED : Table.Kind.ORDINARY;
    Table t = new Table(name.get(), kind, Optional.empty(), List.of(), List.of(), List.of(), List.of(), false,
        tx.origin);
    if (s.columns().size() > CatalogProblems.MAX_COLUMNS) {
      // Checked before the columns are built one by one, which would cost time quadratic in their number.
      tx.fail(CatalogProblems.tooManyColumns(tx.ctx, s.columns().get(CatalogProblems.MAX_COLUMNS).name().range()));
      return;
    }
    t = inherited(tx, t, s);
    for (ColumnDef def : s.columns()) {
      if (tx.failed()) {
        return;
      }
      t = addColumnDef(tx, t, def);
    }
    if (tx.failed()) {
      return;
    }
    t = printGenerated(tx, t, s.columns());
    tx.cat = tx.cat.withTable(t);
    List<TableConstraint> all = new ArrayList<>();
    s.columns().forEach(c -> all.addAll(c.constraints()));
    all.addAll(s.constraints());
    ConstraintEffects.addAll(tx, t.name(), all);
    for (CreateTable.Like like : s.likes()) {
      boolean indexes = (like.including().contains("ALL") || like.including().contains("INDEXES"))
          && !like.excluding().contains("INDEXES");
      if (indexes && tx.ok()) {
        tx.tableIfExists(like.source()).ifPresent(src -> likeIndexes(tx, name.get(), src));
      }
    }
    if (tx.ok()) {
      TemporaryTables.created(tx, t.name(), s.onCommit());
      tx.event(Catalog.objectKey("table", t.name()), ObjectEvent.Kind.CREATED, "created");
    }
  }

  /** Adds a column from its definition, failing with 42701 when the name is taken. */
  static Table addColumnDef(Tx tx, Table t, ColumnDef def) {
    Optional<Column> existing = t.column(def.name().name());
    if (existing.isPresent()) {
      tx.fail(CatalogProblems.duplicateColumn(tx.ctx, def.name().range(), def.name().value(),
          t.name().name().value()));
      return t;
    }
    Optional<Column> c = ColumnFactory.build(tx, t.name(), def);
    return c.map(col -> t.withColumn(col, tx.origin)).orElse(t);
  }

  /**
   * Re-prints the generated expressions of {@code defs} as pg_get_expr shows them; done once the
   * table has all its columns, since an expression may name a column defined after it.
   */
  static Table printGenerated(Tx tx, Table t, List<ColumnDef> defs) {
    Map<Name, ColumnDef> generated = new HashMap<>();
    for (ColumnDef d : defs) {
      if (d.generatedStored().isPresent()) {
        generated.putIfAbsent(d.name().name(), d);
      }
    }
    if (generated.isEmpty()) {
      return t;
    }
    List<Column> cols = new ArrayList<>();
    for (Column c : t.columns()) {
      Optional<String> printed = Optional.ofNullable(generated.get(c.name())).flatMap(ColumnDef::generatedStored)
          .flatMap(g -> ExprDeparser.columnExpr(g.tokens(), c.type(), tx.cat, Optional.of(t)));
      cols.add(printed.isPresent() ? c.withGenerated(printed, c.origin()) : c);
    }
    return t.withColumns(cols, t.origin());
  }

  /** Columns (and what LIKE asks for) from LIKE sources, INHERITS parents and the PARTITION OF parent. */
  private static Table inherited(Tx tx, Table t, CreateTable s) {
    for (CreateTable.Like like : s.likes()) {
      t = like(tx, t, like);
    }
    List<QualifiedName> parents = new ArrayList<>(s.inherits());
    s.partitionOf().ifPresent(parents::add);
    for (QualifiedName p : parents) {
      Optional<Table> parent = tx.table(p);
      if (parent.isEmpty()) {
        return t;
      }
      List<Column> cols = new ArrayList<>(t.columns());
      for (Column c : parent.get().columns()) {
        if (t.column(c.name()).isEmpty()) {
          cols.add(c.withIdentity(Optional.empty(), tx.origin).withName(c.name(), tx.origin));
        }
      }
      t = t.withColumns(cols, tx.origin);
      if (s.partitionOf().isPresent() && p == s.partitionOf().get()) {
        t = t.withPartitionOf(Optional.of(parent.get().name()), tx.origin);
      }
    }
    return t;
  }

  private static Table like(Tx tx, Table t, CreateTable.Like like) {
    Optional<Table> src = tx.table(like.source());
    if (src.isEmpty()) {
      return t;
    }
    boolean all = like.including().contains("ALL");
    boolean defaults = (all || like.including().contains("DEFAULTS")) && !like.excluding().contains("DEFAULTS");
    boolean identity = (all || like.including().contains("IDENTITY")) && !like.excluding().contains("IDENTITY");
    List<Column> cols = new ArrayList<>(t.columns());
    for (Column c : src.get().columns()) {
      Column copy = new Column(c.name(), c.type(), c.notNull(), defaults ? c.defaultExpr() : Optional.empty(),
          identity ? c.identity() : Optional.empty(), c.generated(), c.collation(), tx.origin);
      cols.add(copy);
    }
    Table out = t.withColumns(cols, tx.origin);
    boolean constraints = (all || like.including().contains("CONSTRAINTS")) && !like.excluding().contains("CONSTRAINTS");
    if (constraints) {
      List<Constraint> checks = src.get().constraints().stream().filter(c -> c.kind() == Constraint.Kind.CHECK).toList();
      List<Constraint> cs = new ArrayList<>(out.constraints());
      cs.addAll(checks);
      out = out.withConstraints(cs, tx.origin);
    }
    return out;
  }

  /**
   * Copies LIKE ... INCLUDING INDEXES indexes onto the new table with freshly chosen names. Done
   * after the table exists so the names can avoid it.
   */
  static void likeIndexes(Tx tx, QName table, Table src) {
    for (Index i : tx.cat.indexesOn(src.name())) {
      Optional<Table> t = tx.cat.table(table);
      if (t.isEmpty()) {
        return;
      }
      IndexEffects.copyIndex(tx, t.get(), i);
    }
  }

  static void createAs(Tx tx, CreateTableAs s) {
    Optional<QName> name = TemporaryTables.newTableName(tx, s.name(), s.ifNotExists(), s.temporary(), s.onCommit());
    if (name.isEmpty()) {
      return;
    }
    List<Column> cols = new ArrayList<>();
    for (Ident id : s.columnNames()) {
      cols.add(Column.of(id.name(), dev.strata.model.catalog.SqlType.builtin("text"), tx.origin));
    }
    Table t = new Table(name.get(), Table.Kind.ORDINARY, Optional.empty(), List.of(), cols, List.of(), List.of(), true,
        tx.origin);
    tx.cat = tx.cat.withTable(t);
    TemporaryTables.created(tx, t.name(), s.onCommit());
    tx.event(Catalog.objectKey("table", t.name()), ObjectEvent.Kind.CREATED, "created by CREATE TABLE AS");
  }

  /**
   * The name a new relation gets. Empty when it cannot be created: the schema is missing (error),
   * the name is taken (42P07, or a notice with IF NOT EXISTS), or its row type name is taken (42710).
   */
  static Optional<QName> newRelationName(Tx tx, QualifiedName qn, boolean ifNotExists, String kind) {
    Optional<Name> schema = tx.creationSchema(qn);
    if (schema.isEmpty()) {
      return Optional.empty();
    }
    return available(tx, new QName(schema.get(), qn.name()), qn, ifNotExists, kind);
  }

  /** {@code q} when no relation or type has that name; else empty after reporting (see newRelationName). */
  static Optional<QName> available(Tx tx, QName q, QualifiedName qn, boolean ifNotExists, String kind) {
    if (tx.cat.relationExists(q)) {
      if (ifNotExists) {
        tx.note(CatalogProblems.skipped(tx.ctx, qn.last().range(), kind, qn.name().value(), true));
      } else {
        tx.fail(CatalogProblems.duplicateRelation(tx.ctx, qn.last().range(), qn.name().value()));
      }
      return Optional.empty();
    }
    if (tx.cat.typeExists(q)) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, qn.last().range(), "type", qn.name().value()));
      return Optional.empty();
    }
    return Optional.of(q);
  }
}
