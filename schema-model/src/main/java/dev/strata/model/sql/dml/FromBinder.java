package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.dml.QueryBinder.Shape;
import dev.strata.model.sql.dml.Scope.FromEntry;
import dev.strata.model.sql.dml.Scope.VisibleColumn;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * Binds FROM items into a level: tables (schema relations or CTEs), derived tables (which see only
 * outer levels unless LATERAL), functions in FROM (implicitly lateral), parenthesised joins, and the
 * ON / USING / NATURAL conditions of joins.
 */
final class FromBinder {
  private final Binder binder;
  private final QueryBinder queries;

  FromBinder(Binder binder, QueryBinder queries) {
    this.binder = binder;
    this.queries = queries;
  }

  /** Binds a FROM item and adds its entries to {@code level}; returns the entry added (if one). */
  Optional<FromEntry> add(FromItem item, Scope level) {
    FromEntry entry;
    if (item instanceof Table table) {
      entry = table(table, level);
    } else if (item instanceof ParenthesedSelect sub && sub.getSelect() != null) {
      Scope visible = item instanceof LateralSubSelect ? level : level.parent;
      Shape shape = queries.select(sub.getSelect(), visible);
      entry = derived(item, sub.getAlias(), shape);
    } else if (item instanceof ParenthesedFromItem paren) {
      add(paren.getFromItem(), level);
      joins(paren.getJoins(), level);
      return Optional.empty();
    } else if (item instanceof TableFunction fn) {
      queries.exprs.walk(fn.getFunction(), level);
      String fname = fn.getFunction() == null ? "?function?" : fn.getFunction().getName();
      entry = function(item, fn.getAlias(), SqlText.fold(fname.substring(fname.lastIndexOf('.') + 1)));
    } else {
      entry = derived(item, item.getAlias(), Shape.UNKNOWN);
    }
    level.entries.add(entry);
    return Optional.of(entry);
  }

  /** Binds a table as a FROM item or DML target, with its alias and column aliases (never fails). */
  FromEntry table(Table table, Scope level) {
    List<Name> names = new ArrayList<>();
    if (table.getSchemaName() != null) {
      names.add(SqlText.fold(table.getSchemaName()));
    }
    names.add(SqlText.fold(table.getName()));
    List<Ident> idents = binder.text.locate(table, names);
    if (idents.isEmpty()) {
      return new FromEntry(names.get(names.size() - 1), Optional.empty(), Optional.empty(), List.of(), false,
          new Reference.Unresolved(), false);
    }
    Optional<Ident> alias = Optional.empty();
    List<Ident> columnAliases = List.of();
    if (table.getAlias() != null && table.getAlias().getName() != null) {
      int end = idents.get(idents.size() - 1).range().end();
      alias = aliasAfter(end, SqlText.fold(table.getAlias().getName()));
      columnAliases = alias.map(a -> columnAliasesAfter(a.range().end())).orElse(List.of());
    }
    return binder.bindTable(level, idents, alias, columnAliases);
  }

  void joins(List<Join> joins, Scope level) {
    if (joins == null) {
      return;
    }
    for (Join join : joins) {
      List<FromEntry> before = List.copyOf(level.entries);
      Optional<FromEntry> right = add(join.getRightItem(), level);
      if (join.isNatural() && right.isPresent()) {
        for (VisibleColumn c : right.get().columns()) {
          if (before.stream().anyMatch(e -> e.column(c.name()).isPresent())) {
            level.merged.add(c.name());
          }
        }
      }
      if (join.getOnExpressions() != null) {
        for (Expression on : join.getOnExpressions()) {
          queries.exprs.walk(on, level);
        }
      }
      if (join.getUsingColumns() != null && right.isPresent()) {
        join.getUsingColumns().forEach(c -> using(c, before, right.get(), level));
      }
    }
  }

  private void using(Column column, List<FromEntry> left, FromEntry right, Scope level) {
    List<Ident> parts = queries.exprs.columnIdents(column);
    if (parts.isEmpty()) {
      return;
    }
    Ident name = parts.get(parts.size() - 1);
    level.merged.add(name.name());
    Optional<VisibleColumn> inRight = right.column(name.name());
    Optional<VisibleColumn> inLeft = left.stream().flatMap(e -> e.column(name.name()).stream()).findFirst();
    Optional<VisibleColumn> found = inLeft.isPresent() ? inLeft : inRight;
    binder.reference(Reference.Kind.COLUMN, name, found.map(VisibleColumn::target).orElse(new Reference.Unresolved()));
    boolean leftKnown = left.stream().allMatch(FromEntry::columnsKnown);
    if (inLeft.isEmpty() && leftKnown) {
      usingProblem(name, "left");
    } else if (inRight.isEmpty() && right.columnsKnown()) {
      usingProblem(name, "right");
    }
  }

  private void usingProblem(Ident name, String side) {
    binder.problem(Problem.Kind.UNKNOWN_COLUMN, name.range(),
        "column \"" + name.name().value() + "\" specified in USING clause does not exist in " + side + " table",
        List.of(name.name()), List.of());
  }

  private FromEntry derived(FromItem item, Alias alias, Shape shape) {
    Name name = alias == null || alias.getName() == null ? Name.of("?subquery?") : SqlText.fold(alias.getName());
    TextRange def = aliasRange(item, name);
    Reference.Target target = new Reference.LocalRelation(name, def);
    List<VisibleColumn> cols = new ArrayList<>(QueryBinder.localColumns(name, def, shape.columns()));
    List<Name> renames = aliasColumns(alias);
    for (int i = 0; i < renames.size(); i++) {
      VisibleColumn c = new VisibleColumn(renames.get(i), new Reference.LocalColumn(name, renames.get(i), def));
      if (i < cols.size()) {
        cols.set(i, c);
      } else {
        cols.add(c);
      }
    }
    boolean known = shape.known() && renames.size() <= shape.columns().size();
    return new FromEntry(name, Optional.empty(), Optional.empty(), cols, known, target, false);
  }

  /** A function in FROM: its columns are its column aliases, or one column named like the alias. */
  private FromEntry function(FromItem item, Alias alias, Name functionName) {
    Name name = alias == null || alias.getName() == null ? functionName : SqlText.fold(alias.getName());
    TextRange def = aliasRange(item, name);
    List<Name> renames = aliasColumns(alias);
    List<Name> cols = renames.isEmpty() ? List.of(name) : renames;
    return new FromEntry(name, Optional.empty(), Optional.empty(), QueryBinder.localColumns(name, def, cols), false,
        new Reference.LocalRelation(name, def), false);
  }

  private TextRange aliasRange(FromItem item, Name name) {
    int from = binder.text.startOf(item).orElse(0);
    return binder.text.find(List.of(name), from).map(l -> l.get(0).range())
        .orElse(binder.text.baseRange());
  }

  private static List<Name> aliasColumns(Alias alias) {
    if (alias == null || alias.getAliasColumns() == null) {
      return List.of();
    }
    return alias.getAliasColumns().stream().map(c -> SqlText.fold(c.name)).toList();
  }

  private Optional<Ident> aliasAfter(int fileEnd, Name alias) {
    int i = indexAfter(fileEnd);
    Token t = binder.text.token(i);
    if (t != null && t.isWord("as")) {
      t = binder.text.token(++i);
    }
    if (SqlText.isIdent(t) && SqlText.fold(t.text()).equals(alias)) {
      return Optional.of(binder.text.ident(t));
    }
    return binder.text.find(List.of(alias), fileEnd - binder.text.base()).map(l -> l.get(0));
  }

  private List<Ident> columnAliasesAfter(int fileEnd) {
    int i = indexAfter(fileEnd);
    Token t = binder.text.token(i);
    if (t == null || !t.is(TokenKind.LPAREN)) {
      return List.of();
    }
    List<Ident> out = new ArrayList<>();
    for (i++; binder.text.token(i) != null && !binder.text.token(i).is(TokenKind.RPAREN); i++) {
      if (SqlText.isIdent(binder.text.token(i))) {
        out.add(binder.text.ident(binder.text.token(i)));
      }
    }
    return out;
  }

  /** Index of the first token starting at or after a file offset. */
  private int indexAfter(int fileEnd) {
    int local = fileEnd - binder.text.base();
    int i = 0;
    while (binder.text.token(i) != null && binder.text.token(i).start() < local) {
      i++;
    }
    return i;
  }
}
