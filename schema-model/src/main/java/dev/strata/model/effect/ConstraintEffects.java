package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Naming;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adding constraints: PRIMARY KEY and UNIQUE create their index, FOREIGN KEY is checked against
 * the referenced table, names are generated as PostgreSQL does.
 */
final class ConstraintEffects {
  private ConstraintEffects() {}

  /** Where a kind of constraint comes in {@link #addAll}'s order. */
  private static int rank(TableConstraint.Kind kind) {
    return switch (kind) {
      case PRIMARY_KEY -> 0;
      case UNIQUE, EXCLUDE -> 1;
      case CHECK -> 2;
      case FOREIGN_KEY -> 3;
    };
  }

  /** Adds constraints in PostgreSQL's order: index-backed first, then CHECK, then FOREIGN KEY. */
  static void addAll(Tx tx, QName table, List<TableConstraint> cs) {
    List<TableConstraint> ordered = new ArrayList<>(cs.size());
    for (int rank = 0; rank <= 3; rank++) {
      for (TableConstraint c : cs) {
        if (rank(c.kind()) == rank) {
          ordered.add(c);
        }
      }
    }
    for (TableConstraint c : ordered) {
      if (tx.failed()) {
        return;
      }
      add(tx, table, c);
    }
  }

  static void add(Tx tx, QName tableName, TableConstraint c) {
    Table t = tx.cat.table(tableName).orElseThrow();
    for (Ident col : c.columns()) {
      if (!tx.hasColumn(t, col)) {
        return;
      }
    }
    if (c.name().isPresent() && t.constraint(c.name().get().name()).isPresent()) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, c.name().get().range(), "constraint",
          c.name().get().value() + "\" for relation \"" + t.name().name().value()));
      return;
    }
    if (c.kind() == TableConstraint.Kind.FOREIGN_KEY) {
      ForeignKeys.add(tx, t, c);
    } else if (c.kind() == TableConstraint.Kind.CHECK) {
      addCheck(tx, t, c);
    } else {
      addIndexBacked(tx, t, c);
    }
  }

  private static void addCheck(Tx tx, Table t, TableConstraint c) {
    String text = c.check().map(Expr::text).orElse("");
    Set<Name> cols = new LinkedHashSet<>();
    for (Name n : Names.columnLikeIdentifiers(c.check().map(Expr::tokens).orElse(List.of()))) {
      if (t.column(n).isPresent()) {
        cols.add(n);
      }
    }
    Name name = c.name().map(Ident::name).orElseGet(() -> {
      String col = cols.size() == 1 ? cols.iterator().next().value() : null;
      return Naming.chooseName(t.name().name().value(), col, "check", tx.cat.constraintNames(t.name().schema()));
    });
    // A table-level CHECK depends on the columns it mentions: DROP COLUMN of one drops it.
    List<Name> columns = c.columns().isEmpty() ? List.copyOf(cols) : c.columns().stream().map(Ident::name).toList();
    Constraint k = new Constraint(name, Constraint.Kind.CHECK, columns,
        Optional.of(text), Optional.empty(), c.deferrable(), c.initiallyDeferred(), !c.notValid(), tx.origin);
    put(tx, t.withConstraint(k, tx.origin), k);
  }

  private static void addIndexBacked(Tx tx, Table t, TableConstraint c) {
    boolean pk = c.kind() == TableConstraint.Kind.PRIMARY_KEY;
    if (pk && t.primaryKey().isPresent()) {
      tx.fail(CatalogProblems.multiplePrimaryKeys(tx.ctx, c.range(), t.name().name().value()));
      return;
    }
    List<Name> cols = c.columns().stream().map(Ident::name).toList();
    Name name;
    if (c.name().isPresent()) {
      name = c.name().get().name();
      if (tx.cat.relationExists(new QName(t.name().schema(), name))) {
        tx.fail(CatalogProblems.duplicateRelation(tx.ctx, c.name().get().range(), name.value()));
        return;
      }
    } else {
      Set<Name> taken = new LinkedHashSet<>(tx.cat.relationNames(t.name().schema()));
      taken.addAll(tx.cat.constraintNames(t.name().schema()));
      String label = pk ? "pkey" : c.kind() == TableConstraint.Kind.EXCLUDE ? "excl" : "key";
      String addition = pk ? null : Naming.joinAddition(cols.stream().map(Name::value).toList());
      name = Naming.chooseName(t.name().name().value(), addition, label, taken);
    }
    Constraint.Kind kind = pk ? Constraint.Kind.PRIMARY_KEY
        : c.kind() == TableConstraint.Kind.UNIQUE ? Constraint.Kind.UNIQUE : Constraint.Kind.EXCLUDE;
    Constraint k = new Constraint(name, kind, cols, c.check().map(Expr::text), Optional.empty(), c.deferrable(),
        c.initiallyDeferred(), true, tx.origin);
    Table updated = t.withConstraint(k, tx.origin);
    if (pk) {
      for (Name col : cols) {
        updated = updated.mapColumn(col, x -> x.withNotNull(true, tx.origin), tx.origin);
      }
    }
    put(tx, updated, k);
    Index idx = new Index(new QName(t.name().schema(), name), t.name(), kind != Constraint.Kind.EXCLUDE, pk,
        Optional.of(name), cols.stream().map(Index.Key::column).toList(), c.include().stream().map(Ident::name).toList(),
        c.method().orElse(kind == Constraint.Kind.EXCLUDE ? "gist" : "btree"), Optional.empty(), true, tx.origin);
    tx.cat = tx.cat.withIndex(idx);
    tx.event(Catalog.objectKey("index", idx.name()), ObjectEvent.Kind.CREATED, "backs constraint " + name.value());
  }

  static void put(Tx tx, Table updated, Constraint k) {
    tx.cat = tx.cat.withTable(updated);
    tx.event("constraint:" + updated.name().key() + "." + k.name().value(), ObjectEvent.Kind.CREATED,
        k.kind().name().toLowerCase().replace('_', ' '));
  }

  /** Columns of {@code t} by name; empty entries for unknown columns of opaque tables are skipped. */
  static List<Column> columns(Table t, List<Name> names) {
    List<Column> out = new ArrayList<>();
    for (Name n : names) {
      t.column(n).ifPresent(out::add);
    }
    return out;
  }
}
