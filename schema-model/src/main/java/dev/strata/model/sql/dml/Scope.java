package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One query level's name space: its FROM entries, the CTEs defined at it, the column names merged
 * by JOIN USING / NATURAL (which are not ambiguous), and its output aliases (visible to ORDER BY and
 * GROUP BY only). Inner levels see outer ones through {@code parent}. Mutable while one level is
 * being walked, then only read; never escapes the resolver.
 */
final class Scope {
  final Scope parent;
  final List<FromEntry> entries = new ArrayList<>();
  final Map<Name, Cte> ctes = new HashMap<>();
  final Set<Name> merged = new HashSet<>();
  final Map<Name, TextRange> outputAliases = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  /** A visible column of a FROM entry: its (possibly alias-renamed) name and what it denotes. */
  record VisibleColumn(Name name, Reference.Target target) {}

  /**
   * A FROM item as names see it: {@code refName} is the alias, or the table name when there is
   * none; {@code schema} is set only for an unaliased schema relation (so {@code s.t.col} works);
   * {@code hiddenName} is a table's own name hidden by its alias.
   */
  record FromEntry(
      Name refName,
      Optional<Name> schema,
      Optional<Name> hiddenName,
      List<VisibleColumn> columns,
      boolean columnsKnown,
      Reference.Target target,
      boolean hasSystemColumns) {
    FromEntry {
      columns = List.copyOf(columns);
    }

    Optional<VisibleColumn> column(Name name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    FromEntry renamed(Name alias, List<Name> columnAliases) {
      List<VisibleColumn> cols = new ArrayList<>(columns);
      for (int i = 0; i < columnAliases.size() && i < cols.size(); i++) {
        cols.set(i, new VisibleColumn(columnAliases.get(i), cols.get(i).target()));
      }
      return new FromEntry(alias, Optional.empty(), Optional.empty(), cols, columnsKnown, target, hasSystemColumns);
    }
  }

  /** A CTE: its name, where it is defined and its output columns (empty list when unknown). */
  record Cte(Name name, TextRange definition, List<Name> columns, boolean columnsKnown) {
    Cte {
      columns = List.copyOf(columns);
    }
  }

  Optional<Cte> cte(Name name) {
    for (Scope s = this; s != null; s = s.parent) {
      Cte c = s.ctes.get(name);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  boolean hasUnknownColumns() {
    return entries.stream().anyMatch(e -> !e.columnsKnown());
  }
}
