package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.ast.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Walks an expression with the {@link Scope} it is evaluated in as the visitor context: binds every
 * column reference and opens a nested level for every subquery (which sees the outer names, so
 * correlation works). Keywords JSqlParser reads as bare columns ({@code DEFAULT},
 * {@code CURRENT_DATE}, ...) are not column references.
 */
final class ExprBinder extends ExpressionVisitorAdapter<Void> {
  private static final Set<String> KEYWORDS = Set.of(
      "default", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
      "current_user", "session_user", "user", "current_role", "current_catalog", "current_schema",
      "system_user", "null", "true", "false");
  private static final Set<String> RULE_QUALIFIERS = Set.of("old", "new");

  private final Binder binder;
  private final QueryBinder queries;

  ExprBinder(Binder binder, QueryBinder queries) {
    this.binder = binder;
    this.queries = queries;
  }

  void walk(Expression e, Scope scope) {
    if (e != null) {
      e.accept(this, scope);
    }
  }

  @Override
  public <S> Void visit(Column column, S context) {
    Scope scope = (Scope) context;
    List<Ident> parts = columnIdents(column);
    if (parts.isEmpty()) {
      return null;
    }
    Ident first = parts.get(0);
    if (parts.size() == 1 && !first.quoted() && KEYWORDS.contains(first.name().value())) {
      return null;
    }
    if (parts.size() == 2 && !first.quoted() && RULE_QUALIFIERS.contains(first.name().value())
        && binder.findEntry(scope, first.name(), Optional.empty()).isEmpty()) {
      return null;
    }
    binder.bindColumn(scope, parts);
    return null;
  }

  @Override
  public <S> Void visit(AllTableColumns all, S context) {
    queries.bindStarQualifier((Scope) context, all.getTable());
    return null;
  }

  @Override
  public <S> Void visit(ParenthesedSelect select, S context) {
    queries.select(select, (Scope) context);
    return null;
  }

  @Override
  public <S> Void visit(Select select, S context) {
    queries.select(select, (Scope) context);
    return null;
  }

  /** The identifiers of a column reference as written, with exact ranges; empty if not locatable. */
  List<Ident> columnIdents(Column column) {
    List<Name> names = new ArrayList<>();
    Table table = column.getTable();
    if (table != null && table.getName() != null) {
      if (table.getSchemaName() != null) {
        names.add(SqlText.fold(table.getSchemaName()));
      }
      names.add(SqlText.fold(table.getName()));
    }
    names.add(SqlText.fold(column.getColumnName()));
    return binder.text.locate(column, names);
  }
}
