package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.dml.Scope.FromEntry;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.insert.InsertConflictTarget;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Binds INSERT, UPDATE and DELETE. The target's columns in SET, the INSERT column list and ON
 * CONFLICT belong to the target table only; expressions see the target (by its alias when it has
 * one), the FROM / USING items, and for ON CONFLICT DO UPDATE the {@code excluded} row.
 */
final class DmlBinder {
  private final QueryBinder queries;
  private final Binder binder;

  DmlBinder(QueryBinder queries) {
    this.queries = queries;
    this.binder = queries.binder;
  }

  void statement(Statement statement, Scope outer) {
    if (statement instanceof Select select) {
      queries.select(select, outer);
    } else if (statement instanceof Update update) {
      update(update, outer);
    } else if (statement instanceof Insert insert) {
      insert(insert, outer);
    } else if (statement instanceof Delete delete) {
      delete(delete, outer);
    }
  }

  private void update(Update update, Scope outer) {
    Scope level = new Scope(queries.withItems(update.getWithItemsList(), outer));
    FromEntry target = target(update.getTable(), level);
    addFrom(update.getFromItem(), level);
    queries.from.joins(update.getStartJoins(), level);
    queries.from.joins(update.getJoins(), level);
    sets(update.getUpdateSets(), target, tableName(update.getTable()), level);
    queries.exprs.walk(update.getWhere(), level);
    returning(update.getReturningClause(), level);
  }

  private void insert(Insert insert, Scope outer) {
    Scope top = queries.withItems(insert.getWithItemsList(), outer);
    Scope level = new Scope(top);
    FromEntry target = target(insert.getTable(), level);
    Name relation = tableName(insert.getTable());
    if (insert.getColumns() != null) {
      insert.getColumns().forEach(c -> targetColumn(c, target, relation));
    }
    if (insert.getSelect() != null) {
      queries.select(insert.getSelect(), top);
    }
    conflictTarget(insert.getConflictTarget(), target, relation, level);
    InsertConflictAction action = insert.getConflictAction();
    if (action != null) {
      Scope conflict = new Scope(top);
      conflict.entries.add(target);
      conflict.entries.add(new FromEntry(Name.of("excluded"), Optional.empty(), Optional.empty(), target.columns(),
          target.columnsKnown(), target.target(), target.hasSystemColumns()));
      sets(action.getUpdateSets(), target, relation, conflict);
      queries.exprs.walk(action.getWhereExpression(), conflict);
    }
    returning(insert.getReturningClause(), level);
  }

  private void delete(Delete delete, Scope outer) {
    Scope level = new Scope(queries.withItems(delete.getWithItemsList(), outer));
    target(delete.getTable(), level);
    if (delete.getUsingFromItemList() != null) {
      delete.getUsingFromItemList().forEach(i -> addFrom(i, level));
    } else if (delete.getUsingList() != null) {
      delete.getUsingList().forEach(t -> addFrom(t, level));
    }
    queries.from.joins(delete.getJoins(), level);
    queries.exprs.walk(delete.getWhere(), level);
    returning(delete.getReturningClause(), level);
  }

  private FromEntry target(Table table, Scope level) {
    FromEntry entry = queries.from.table(table, level);
    level.entries.add(entry);
    return entry;
  }

  private void addFrom(FromItem item, Scope level) {
    if (item != null) {
      queries.from.add(item, level);
    }
  }

  private void sets(List<UpdateSet> sets, FromEntry target, Name relation, Scope level) {
    if (sets == null) {
      return;
    }
    for (UpdateSet set : sets) {
      set.getColumns().forEach(c -> targetColumn(c, target, relation));
      for (Expression value : set.getValues()) {
        queries.exprs.walk(value, level);
      }
    }
  }

  private void targetColumn(Column column, FromEntry target, Name relation) {
    List<Ident> parts = queries.exprs.columnIdents(column);
    if (!parts.isEmpty()) {
      binder.bindTargetColumn(target, relation, parts);
    }
  }

  /** ON CONFLICT (col, ...): JSqlParser keeps only strings here, so positions come from our tokens. */
  private void conflictTarget(InsertConflictTarget conflict, FromEntry target, Name relation, Scope level) {
    if (conflict == null) {
      return;
    }
    int from = binder.text.findWord("conflict", 0);
    int offset = from < 0 ? 0 : binder.text.token(from).start();
    if (conflict.getIndexColumnNames() != null) {
      for (String raw : conflict.getIndexColumnNames()) {
        Optional<List<Ident>> at = binder.text.find(List.of(SqlText.fold(raw)), offset);
        if (at.isPresent()) {
          binder.bindTargetColumn(target, relation, at.get());
          offset = at.get().get(0).range().end() - binder.text.base();
        }
      }
    }
    queries.exprs.walk(conflict.getIndexExpression(), level);
    queries.exprs.walk(conflict.getWhereExpression(), level);
  }

  private void returning(List<? extends net.sf.jsqlparser.statement.select.SelectItem<?>> items, Scope level) {
    if (items != null) {
      queries.selectItems(List.copyOf(items), level);
    }
  }

  private static Name tableName(Table table) {
    return SqlText.fold(table.getName());
  }
}
