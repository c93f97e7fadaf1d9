package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.dml.Reference.Kind;
import dev.strata.model.sql.dml.Reference.Target;
import dev.strata.model.sql.dml.Scope.FromEntry;
import dev.strata.model.sql.dml.Scope.VisibleColumn;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds names to FROM entries PostgreSQL's way and collects references and problems. Column lookup
 * searches the innermost level first, then outer ones; a name found in two entries of one level is
 * ambiguous unless JOIN USING / NATURAL merged it; a level with an entry of unknown columns stops the
 * search silently (the column may well be there).
 */
final class Binder {
  private static final Map<String, String> SYSTEM_COLUMNS = Map.of(
      "ctid", "tid", "xmin", "xid", "xmax", "xid", "cmin", "cid", "cmax", "cid", "tableoid", "oid");

  final SqlText text;
  final RelationLookup lookup;
  final List<Reference> references = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  Binder(SqlText text, RelationLookup lookup) {
    this.text = text;
    this.lookup = lookup;
  }

  void reference(Kind kind, Ident ident, Target target) {
    references.add(new Reference(kind, ident.range(), ident.name(), target));
  }

  void problem(Problem.Kind kind, TextRange range, String message, List<Name> names, List<Name> candidates) {
    problems.add(new Problem(kind, range, message, names, candidates));
  }

  /** Binds a relation named in FROM / USING / a DML target and returns its entry (never fails). */
  FromEntry bindTable(Scope scope, List<Ident> name, Optional<Ident> alias, List<Ident> columnAliases) {
    Ident last = name.get(name.size() - 1);
    Optional<Name> schema = name.size() >= 2 ? Optional.of(name.get(name.size() - 2).name()) : Optional.empty();
    FromEntry entry = schema.isEmpty() ? scope.cte(last.name()).map(c -> cteEntry(c, last)).orElse(null) : null;
    if (entry == null) {
      entry = catalogEntry(schema, name, last);
    }
    if (alias.isPresent() || !columnAliases.isEmpty()) {
      Name refName = alias.map(Ident::name).orElse(entry.refName());
      Optional<Name> hidden = Optional.of(entry.refName()).filter(n -> alias.isPresent());
      FromEntry renamed = entry.renamed(refName, columnAliases.stream().map(Ident::name).toList());
      entry = new FromEntry(renamed.refName(), Optional.empty(), hidden, renamed.columns(),
          renamed.columnsKnown(), renamed.target(), renamed.hasSystemColumns());
    }
    return entry;
  }

  private FromEntry cteEntry(Scope.Cte cte, Ident at) {
    Target target = new Reference.LocalRelation(cte.name(), cte.definition());
    reference(Kind.TABLE, at, target);
    List<VisibleColumn> cols = cte.columns().stream()
        .map(c -> new VisibleColumn(c, new Reference.LocalColumn(cte.name(), c, cte.definition())))
        .toList();
    return new FromEntry(cte.name(), Optional.empty(), Optional.empty(), cols, cte.columnsKnown(), target, false);
  }

  private FromEntry catalogEntry(Optional<Name> schema, List<Ident> name, Ident last) {
    Optional<RelationInfo> found = lookup.relation(schema, last.name());
    if (found.isEmpty()) {
      reference(Kind.TABLE, last, new Reference.Unresolved());
      TextRange range = name.get(0).range().cover(last.range());
      String shown = String.join(".", name.stream().map(i -> i.name().value()).toList());
      problem(Problem.Kind.UNKNOWN_TABLE, range, "relation \"" + shown + "\" does not exist",
          List.of(last.name()), lookup.relationNames(schema));
      return new FromEntry(last.name(), schema, Optional.empty(), List.of(), false, new Reference.Unresolved(), false);
    }
    RelationInfo rel = found.get();
    Target target = new Reference.CatalogRelation(rel);
    reference(Kind.TABLE, last, target);
    List<VisibleColumn> cols = rel.columns().stream()
        .map(c -> new VisibleColumn(c.name(), new Reference.CatalogColumn(rel, c)))
        .toList();
    return new FromEntry(rel.name(), Optional.of(rel.schema()), Optional.empty(), cols, rel.columnsKnown(), target, true);
  }

  /** Binds a column reference written in an expression ({@code col}, {@code t.col}, {@code s.t.col}). */
  void bindColumn(Scope scope, List<Ident> parts) {
    Ident column = parts.get(parts.size() - 1);
    if (parts.size() == 1) {
      bindUnqualified(scope, column);
      return;
    }
    List<Ident> qualifier = parts.subList(0, parts.size() - 1);
    Ident table = qualifier.get(qualifier.size() - 1);
    Optional<Name> schema = qualifier.size() >= 2 ? Optional.of(qualifier.get(qualifier.size() - 2).name()) : Optional.empty();
    Optional<FromEntry> entry = findEntry(scope, table.name(), schema);
    if (entry.isEmpty()) {
      missingFromEntry(scope, table, Optional.of(column));
      return;
    }
    reference(Kind.QUALIFIER, table, entry.get().target());
    Optional<Target> target = columnOf(entry.get(), column.name());
    if (target.isPresent()) {
      reference(Kind.COLUMN, column, target.get());
      return;
    }
    reference(Kind.COLUMN, column, new Reference.Unresolved());
    if (entry.get().columnsKnown()) {
      problem(Problem.Kind.UNKNOWN_COLUMN, column.range(),
          "column " + table.name().value() + "." + column.name().value() + " does not exist",
          List.of(column.name(), entry.get().hiddenName().orElse(entry.get().refName())), columnNames(entry.get()));
    }
  }

  private void bindUnqualified(Scope scope, Ident column) {
    Name name = column.name();
    for (Scope level = scope; level != null; level = level.parent) {
      List<FromEntry> matches = level.entries.stream().filter(e -> columnOf(e, name).isPresent()).toList();
      if (matches.size() == 1 || (matches.size() > 1 && level.merged.contains(name))) {
        reference(Kind.COLUMN, column, columnOf(matches.get(0), name).orElseThrow());
        return;
      }
      if (matches.size() > 1) {
        reference(Kind.COLUMN, column, new Reference.Unresolved());
        problem(Problem.Kind.AMBIGUOUS_COLUMN, column.range(), "column reference \"" + name.value() + "\" is ambiguous",
            List.of(name), matches.stream().map(FromEntry::refName).toList());
        return;
      }
      if (level == scope && scope.outputAliases.containsKey(name)) {
        reference(Kind.COLUMN, column, new Reference.LocalColumn(Name.of("?select?"), name, scope.outputAliases.get(name)));
        return;
      }
      if (level.hasUnknownColumns()) {
        reference(Kind.COLUMN, column, new Reference.Unresolved());
        return;
      }
    }
    Optional<FromEntry> wholeRow = findEntry(scope, name, Optional.empty());
    if (wholeRow.isPresent()) {
      reference(Kind.QUALIFIER, column, wholeRow.get().target());
      return;
    }
    reference(Kind.COLUMN, column, new Reference.Unresolved());
    problem(Problem.Kind.UNKNOWN_COLUMN, column.range(), "column \"" + name.value() + "\" does not exist",
        List.of(name), allColumnNames(scope));
  }

  /** Reports a qualifier naming no FROM entry in scope (PostgreSQL's errorMissingRTE). */
  void missingFromEntry(Scope scope, Ident table, Optional<Ident> column) {
    reference(Kind.QUALIFIER, table, new Reference.Unresolved());
    column.ifPresent(c -> reference(Kind.COLUMN, c, new Reference.Unresolved()));
    List<Name> names = new ArrayList<>(List.of(table.name()));
    column.ifPresent(c -> names.add(c.name()));
    Optional<FromEntry> hiding = Optional.empty();
    List<Name> visible = new ArrayList<>();
    for (Scope level = scope; level != null; level = level.parent) {
      for (FromEntry e : level.entries) {
        visible.add(e.refName());
        if (hiding.isEmpty() && e.hiddenName().filter(table.name()::equals).isPresent()) {
          hiding = Optional.of(e);
        }
      }
    }
    if (hiding.isPresent()) {
      problem(Problem.Kind.MISSING_FROM_ENTRY, table.range(),
          "invalid reference to FROM-clause entry for table \"" + table.name().value() + "\"",
          names, List.of(hiding.get().refName()));
    } else {
      problem(Problem.Kind.MISSING_FROM_ENTRY, table.range(),
          "missing FROM-clause entry for table \"" + table.name().value() + "\"",
          names, visible);
    }
  }

  /**
   * Binds a column of a DML target ({@code UPDATE ... SET col}, {@code INSERT INTO t (col)},
   * {@code ON CONFLICT (col)}). PostgreSQL reads {@code SET a.col} as field {@code col} of a
   * composite column {@code a}, so a qualifier must itself be a column of the target.
   */
  void bindTargetColumn(FromEntry target, Name relationName, List<Ident> parts) {
    Ident first = parts.get(0);
    Optional<Target> column = columnOf(target, first.name());
    if (column.isPresent()) {
      reference(Kind.COLUMN, first, column.get());
      return;
    }
    reference(Kind.COLUMN, first, new Reference.Unresolved());
    if (target.columnsKnown()) {
      problem(Problem.Kind.UNKNOWN_COLUMN, first.range(),
          "column \"" + first.name().value() + "\" of relation \"" + relationName.value() + "\" does not exist",
          List.of(first.name(), relationName), columnNames(target));
    }
  }

  Optional<FromEntry> findEntry(Scope scope, Name table, Optional<Name> schema) {
    for (Scope level = scope; level != null; level = level.parent) {
      for (FromEntry e : level.entries) {
        if (e.refName().equals(table) && (schema.isEmpty() || e.schema().equals(schema))) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Target> columnOf(FromEntry entry, Name name) {
    Optional<VisibleColumn> col = entry.column(name);
    if (col.isPresent()) {
      return Optional.of(col.get().target());
    }
    String type = SYSTEM_COLUMNS.get(name.value());
    if (type != null && entry.hasSystemColumns() && entry.target() instanceof Reference.CatalogRelation rel) {
      return Optional.of(new Reference.CatalogColumn(rel.relation(), ColumnInfo.of(name, type)));
    }
    return Optional.empty();
  }

  private static List<Name> columnNames(FromEntry entry) {
    return entry.columns().stream().map(VisibleColumn::name).toList();
  }

  private static List<Name> allColumnNames(Scope scope) {
    Set<Name> out = new LinkedHashSet<>();
    for (Scope level = scope; level != null; level = level.parent) {
      level.entries.forEach(e -> out.addAll(columnNames(e)));
    }
    return List.copyOf(out);
  }
}
