package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.dml.Scope.FromEntry;
import dev.strata.model.sql.dml.Scope.VisibleColumn;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Binds queries: WITH lists, SELECT levels, set operations and VALUES. Each SELECT opens a new
 * {@link Scope} level under the scope it is nested in. Returns the query's output {@link Shape}
 * so CTEs, derived tables and views get their column names.
 */
final class QueryBinder {
  final Binder binder;
  final ExprBinder exprs;
  final FromBinder from;

  QueryBinder(Binder binder) {
    this.binder = binder;
    this.exprs = new ExprBinder(binder, this);
    this.from = new FromBinder(binder, this);
  }

  /** Output column names of a query; {@code known} is false when they cannot all be derived. */
  record Shape(List<Name> columns, boolean known) {
    static final Shape UNKNOWN = new Shape(List.of(), false);

    Shape {
      columns = List.copyOf(columns);
    }
  }

  Shape select(Select select, Scope outer) {
    Scope scope = withItems(select.getWithItemsList(), outer);
    Shape shape;
    if (select instanceof PlainSelect plain) {
      shape = plain(plain, scope);
    } else if (select instanceof SetOperationList setOp) {
      shape = setOperation(setOp, scope);
    } else if (select instanceof ParenthesedSelect paren && paren.getSelect() != null) {
      shape = select(paren.getSelect(), scope);
      orderBy(paren.getOrderByElements(), outputScope(scope, shape));
    } else if (select instanceof Values values) {
      shape = values(values, scope);
    } else {
      shape = Shape.UNKNOWN;
    }
    limits(select, scope);
    return shape;
  }

  /** Registers a WITH list's CTEs on a new level under {@code outer}; returns that level. */
  Scope withItems(List<WithItem<?>> items, Scope outer) {
    if (items == null || items.isEmpty()) {
      return outer;
    }
    Scope scope = new Scope(outer);
    int hint = 0;
    for (WithItem<?> item : items) {
      Name name = SqlText.fold(item.getAliasName());
      Optional<List<Ident>> at = binder.text.find(List.of(name), hint);
      TextRange def = at.map(l -> l.get(0).range()).orElse(binder.text.baseRange());
      hint = at.map(l -> l.get(0).range().end() - binder.text.base()).orElse(hint);
      List<Name> declared = declaredColumns(item);
      if (item.isRecursive()) {
        scope.ctes.put(name, new Scope.Cte(name, def, declared, !declared.isEmpty()));
      }
      Shape shape = item.getSelect() != null ? select(item.getSelect(), scope) : cteDml(item, scope);
      List<Name> cols = new ArrayList<>(shape.columns());
      for (int i = 0; i < declared.size(); i++) {
        if (i < cols.size()) {
          cols.set(i, declared.get(i));
        } else {
          cols.add(declared.get(i));
        }
      }
      boolean known = shape.known() || (!declared.isEmpty() && declared.size() >= shape.columns().size());
      scope.ctes.put(name, new Scope.Cte(name, def, cols, known && !cols.isEmpty()));
      if (at.isPresent()) {
        binder.reference(Reference.Kind.TABLE, at.get().get(0), new Reference.LocalRelation(name, def));
      }
    }
    return scope;
  }

  private Shape cteDml(WithItem<?> item, Scope scope) {
    DmlBinder dml = new DmlBinder(this);
    if (item.getInsert() != null) {
      dml.statement(item.getInsert().getInsert(), scope);
    } else if (item.getUpdate() != null) {
      dml.statement(item.getUpdate().getUpdate(), scope);
    } else if (item.getDelete() != null) {
      dml.statement(item.getDelete().getDelete(), scope);
    }
    return Shape.UNKNOWN;
  }

  private static List<Name> declaredColumns(WithItem<?> item) {
    List<Name> out = new ArrayList<>();
    if (item.getWithItemList() != null) {
      for (SelectItem<?> si : item.getWithItemList()) {
        out.add(SqlText.fold(String.valueOf(si.getExpression())));
      }
    }
    return out;
  }

  private Shape plain(PlainSelect select, Scope outer) {
    Scope level = new Scope(outer);
    if (select.getFromItem() != null) {
      from.add(select.getFromItem(), level);
    }
    from.joins(select.getJoins(), level);
    Shape shape = selectItems(select.getSelectItems(), level);
    if (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null) {
      select.getDistinct().getOnSelectItems().forEach(i -> exprs.walk(i.getExpression(), level));
    }
    exprs.walk(select.getWhere(), level);
    exprs.walk(select.getHaving(), level);
    outputAliases(select.getSelectItems(), level);
    GroupByElement group = select.getGroupBy();
    if (group != null && group.getGroupByExpressionList() != null) {
      group.getGroupByExpressionList().forEach(e -> exprs.walk((Expression) e, level));
    }
    if (select.getWindowDefinitions() != null) {
      select.getWindowDefinitions().forEach(w -> walkWindow(w, level));
    }
    orderBy(select.getOrderByElements(), level);
    return shape;
  }

  private void walkWindow(net.sf.jsqlparser.expression.WindowDefinition window, Scope level) {
    if (window.getPartitionExpressionList() != null) {
      for (Object e : window.getPartitionExpressionList()) {
        exprs.walk((Expression) e, level);
      }
    }
    orderBy(window.getOrderByElements(), level);
  }

  /** Binds the select list (or RETURNING list) in {@code level} and derives the output names. */
  Shape selectItems(List<SelectItem<?>> items, Scope level) {
    List<Name> names = new ArrayList<>();
    boolean known = true;
    for (SelectItem<?> item : items == null ? List.<SelectItem<?>>of() : items) {
      Expression e = item.getExpression();
      if (e instanceof AllColumns && !(e instanceof AllTableColumns)) {
        for (FromEntry entry : level.entries) {
          known &= entry.columnsKnown();
          entry.columns().forEach(c -> names.add(c.name()));
        }
      } else if (e instanceof AllTableColumns all) {
        Optional<FromEntry> entry = bindStarQualifier(level, all.getTable());
        known &= entry.map(FromEntry::columnsKnown).orElse(false);
        entry.ifPresent(en -> en.columns().forEach(c -> names.add(c.name())));
      } else {
        exprs.walk(e, level);
        names.add(OutputNames.of(item));
      }
    }
    return new Shape(names, known);
  }

  /** Binds the {@code t} of {@code t.*}; reports a missing FROM entry like a column qualifier would. */
  Optional<FromEntry> bindStarQualifier(Scope scope, Table table) {
    if (table == null || table.getName() == null) {
      return Optional.empty();
    }
    List<Ident> parts = binder.text.locate(table, List.of(SqlText.fold(table.getName())));
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Ident t = parts.get(parts.size() - 1);
    Optional<FromEntry> entry = binder.findEntry(scope, t.name(), Optional.empty());
    if (entry.isPresent()) {
      binder.reference(Reference.Kind.QUALIFIER, t, entry.get().target());
    } else {
      binder.missingFromEntry(scope, t, Optional.empty());
    }
    return entry;
  }

  private void outputAliases(List<SelectItem<?>> items, Scope level) {
    for (SelectItem<?> item : items == null ? List.<SelectItem<?>>of() : items) {
      Alias alias = item.getAlias();
      if (alias != null) {
        Name name = SqlText.fold(alias.getName());
        int from = binder.text.startOf(item.getExpression()).orElse(0);
        TextRange def = binder.text.find(List.of(name), from).map(l -> l.get(0).range())
            .orElse(binder.text.baseRange());
        level.outputAliases.putIfAbsent(name, def);
      }
    }
  }

  void orderBy(List<OrderByElement> elements, Scope level) {
    if (elements != null) {
      elements.forEach(o -> exprs.walk(o.getExpression(), level));
    }
  }

  private void limits(Select select, Scope scope) {
    if (select.getLimit() != null) {
      exprs.walk(select.getLimit().getRowCount(), scope);
      exprs.walk(select.getLimit().getOffset(), scope);
    }
    if (select.getOffset() != null) {
      exprs.walk(select.getOffset().getOffset(), scope);
    }
  }

  private Shape setOperation(SetOperationList setOp, Scope scope) {
    Shape first = null;
    for (Select branch : setOp.getSelects()) {
      Shape s = select(branch, scope);
      first = first == null ? s : first;
    }
    Shape shape = first == null ? Shape.UNKNOWN : first;
    orderBy(setOp.getOrderByElements(), outputScope(scope, shape));
    return shape;
  }

  /** A level whose only names are a query's output columns (ORDER BY of a set operation). */
  private Scope outputScope(Scope outer, Shape shape) {
    Scope level = new Scope(outer);
    TextRange none = binder.text.baseRange();
    shape.columns().forEach(c -> level.outputAliases.putIfAbsent(c, none));
    if (!shape.known()) {
      level.entries.add(new FromEntry(Name.of("?column?"), Optional.empty(), Optional.empty(), List.of(), false,
          new Reference.Unresolved(), false));
    }
    return level;
  }

  private Shape values(Values values, Scope outer) {
    Scope level = new Scope(outer);
    int width = 0;
    if (values.getExpressions() != null) {
      for (Expression row : values.getExpressions()) {
        exprs.walk(row, level);
        if (width == 0) {
          width = row instanceof net.sf.jsqlparser.expression.operators.relational.ExpressionList<?> list ? list.size() : 1;
        }
      }
    }
    List<Name> names = new ArrayList<>();
    for (int i = 1; i <= width; i++) {
      names.add(Name.of("column" + i));
    }
    return new Shape(names, width > 0);
  }

  static List<VisibleColumn> localColumns(Name relation, TextRange def, List<Name> names) {
    return names.stream().map(n -> new VisibleColumn(n, new Reference.LocalColumn(relation, n, def))).toList();
  }
}
