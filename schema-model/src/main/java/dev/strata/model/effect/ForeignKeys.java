package dev.strata.model.effect;

import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Naming;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.ForeignKeyRef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * FOREIGN KEY: the referenced table and columns must exist (42P01, 42703), carry a primary key or
 * unique constraint on exactly those columns (42830), and have compatible types (42804).
 */
final class ForeignKeys {
  private static final Map<String, String> CATEGORY = Map.ofEntries(
      Map.entry("int2", "N"), Map.entry("int4", "N"), Map.entry("int8", "N"), Map.entry("numeric", "N"),
      Map.entry("float4", "N"), Map.entry("float8", "N"), Map.entry("text", "S"), Map.entry("varchar", "S"),
      Map.entry("bpchar", "S"), Map.entry("name", "S"), Map.entry("timestamp", "D"), Map.entry("timestamptz", "D"),
      Map.entry("date", "D"));

  private ForeignKeys() {}

  static void add(Tx tx, Table t, TableConstraint c) {
    ForeignKeyRef ref = c.references().orElseThrow();
    Optional<Table> target = ref.table().parts().size() == 1 && ref.table().name().equals(t.name().name())
        && tx.cat.resolve(tx.cat.tables(), Optional.empty(), ref.table().name()).map(t.name()::equals).orElse(true)
        ? Optional.of(t) : tx.table(ref.table());
    if (target.isEmpty()) {
      return;
    }
    Table rt = target.get();
    List<Name> refCols;
    if (ref.columns().isEmpty()) {
      Optional<Constraint> pk = rt.primaryKey();
      if (pk.isEmpty() && !rt.opaqueColumns()) {
        tx.fail(CatalogProblems.noUniqueForForeignKey(tx.ctx, ref.table().last().range(), rt.name().name().value())
            .withHelp("The referenced table has no primary key: name the referenced columns."));
        return;
      }
      refCols = pk.map(Constraint::columns).orElse(List.of());
    } else {
      for (Ident col : ref.columns()) {
        if (!tx.hasColumn(rt, col)) {
          return;
        }
      }
      refCols = ref.columns().stream().map(Ident::name).toList();
    }
    List<Name> cols = c.columns().stream().map(Ident::name).toList();
    Name name = c.name().map(Ident::name).orElseGet(() -> Naming.chooseName(t.name().name().value(),
        Naming.joinAddition(cols.stream().map(Name::value).toList()), "fkey", tx.cat.constraintNames(t.name().schema())));
    if (!rt.opaqueColumns() && !hasUniqueOn(tx, rt, refCols)) {
      tx.fail(CatalogProblems.noUniqueForForeignKey(tx.ctx, ref.table().last().range(), rt.name().name().value()));
      return;
    }
    if (!typesMatch(tx, t, rt, c, cols, refCols, name)) {
      return;
    }
    Constraint.ForeignKey fk = new Constraint.ForeignKey(rt.name(), refCols, ref.onDelete().code, ref.onUpdate().code,
        ref.match() == null ? "SIMPLE" : ref.match());
    Constraint k = new Constraint(name, Constraint.Kind.FOREIGN_KEY, cols, Optional.empty(), Optional.of(fk),
        c.deferrable(), c.initiallyDeferred(), !c.notValid(), tx.origin);
    Table current = tx.cat.table(t.name()).orElse(t);
    ConstraintEffects.put(tx, current.withConstraint(k, tx.origin), k);
  }

  private static boolean hasUniqueOn(Tx tx, Table rt, List<Name> refCols) {
    Set<Name> wanted = new HashSet<>(refCols);
    for (Constraint k : rt.constraints()) {
      if ((k.kind() == Constraint.Kind.PRIMARY_KEY || k.kind() == Constraint.Kind.UNIQUE)
          && new HashSet<>(k.columns()).equals(wanted) && k.columns().size() == refCols.size()) {
        return true;
      }
    }
    for (Index i : tx.cat.indexesOn(rt.name())) {
      if (i.unique() && i.predicate().isEmpty() && i.keys().size() == refCols.size()
          && i.keys().stream().allMatch(k -> k.column().map(wanted::contains).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  private static boolean typesMatch(Tx tx, Table t, Table rt, TableConstraint c, List<Name> cols, List<Name> refCols,
      Name name) {
    for (int i = 0; i < Math.min(cols.size(), refCols.size()); i++) {
      Optional<Column> a = t.column(cols.get(i));
      Optional<Column> b = rt.column(refCols.get(i));
      if (a.isEmpty() || b.isEmpty() || compatible(a.get().type(), b.get().type())) {
        continue;
      }
      String ta = a.get().type().format(tx.cat::typeVisible);
      String tb = b.get().type().format(tx.cat::typeVisible);
      return tx.fail(CatalogProblems.incompatibleForeignKey(tx.ctx, c.columns().get(i).range(), name.value(),
          cols.get(i).value(), ta, refCols.get(i).value(), tb));
    }
    return true;
  }

  /** Whether an equality operator exists between the types, approximated by type category. */
  static boolean compatible(SqlType a, SqlType b) {
    if (a.arrayDims() != b.arrayDims()) {
      return false;
    }
    if (a.name().equals(b.name())) {
      return true;
    }
    if (!a.isBuiltin() || !b.isBuiltin()) {
      return false;
    }
    String ca = CATEGORY.get(a.typname());
    return ca != null && ca.equals(CATEGORY.get(b.typname()));
  }
}
