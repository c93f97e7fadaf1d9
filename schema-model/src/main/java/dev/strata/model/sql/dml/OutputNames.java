package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * The name PostgreSQL gives a select-list item's output column (FigureColname): the alias if any,
 * else the column's own name, the function's name, the cast operand's name, {@code case}, or
 * {@code ?column?}.
 */
final class OutputNames {
  private OutputNames() {}

  static Name of(SelectItem<?> item) {
    if (item.getAlias() != null && item.getAlias().getName() != null) {
      return SqlText.fold(item.getAlias().getName());
    }
    return of(item.getExpression());
  }

  static Name of(Expression e) {
    if (e instanceof Column c) {
      return SqlText.fold(c.getColumnName());
    }
    if (e instanceof Function f && f.getName() != null) {
      String name = f.getName();
      int dot = name.lastIndexOf('.');
      return SqlText.fold(dot >= 0 ? name.substring(dot + 1) : name);
    }
    if (e instanceof CastExpression cast) {
      Name inner = of(cast.getLeftExpression());
      return inner.value().equals("?column?") && cast.getColDataType() != null
          ? SqlText.fold(cast.getColDataType().getDataType())
          : inner;
    }
    if (e instanceof CaseExpression) {
      return Name.of("case");
    }
    return Name.of("?column?");
  }
}
