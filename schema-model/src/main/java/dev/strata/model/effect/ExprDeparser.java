package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.expr.ExprParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints stored expressions the way PostgreSQL 15 reads them back from its catalog, so the model's
 * texts compare equal to the database's: generated columns and defaults as {@code pg_get_expr}
 * (fully parenthesised), index keys and predicates as {@code pg_get_indexdef(.., true)} and
 * {@code pg_get_expr(.., true)} (pretty: minimal parentheses), CHECK bodies as
 * {@code pg_get_constraintdef(.., true)}.
 *
 * <p>Each method returns empty when the expression uses syntax the parser does not cover; callers
 * then keep the source text. Column types come from {@code table}, other types and functions from
 * {@code cat}.
 */
public final class ExprDeparser {
  private ExprDeparser() {}

  /** A generated column's or default's expression stored for a column of type {@code target}. */
  public static Optional<String> columnExpr(List<Token> tokens, SqlType target, Catalog cat, Optional<Table> table) {
    ExprTyper ty = typer(cat, table);
    return ExprParser.parse(tokens).map(e -> RuleUtils.print(ty.coerce(ty.type(e), target), false,
        cat::typeVisible));
  }

  /** An index predicate (or a CHECK body without its {@code CHECK (..)} wrapper), pretty-printed. */
  public static Optional<String> predicate(List<Token> tokens, Catalog cat, Optional<Table> table) {
    ExprTyper ty = typer(cat, table);
    return ExprParser.parse(tokens).map(e -> RuleUtils.print(ty.coerce(ty.type(e), PgTypes.BOOL), true,
        cat::typeVisible));
  }

  /** An index expression key as pg_get_indexdef prints one column: in parentheses unless a function call. */
  public static Optional<String> indexKey(List<Token> tokens, Catalog cat, Optional<Table> table) {
    ExprTyper ty = typer(cat, table);
    return ExprParser.parse(tokens).map(e -> {
      PgNode n = ty.type(e);
      String text = RuleUtils.print(n, true, cat::typeVisible);
      return looksLikeFunction(n) ? text : "(" + text + ")";
    });
  }

  private static boolean looksLikeFunction(PgNode n) {
    return n instanceof PgNode.Func f && f.extractField().isEmpty()
        || n instanceof PgNode.Special s && !s.keyword().equals("NULLIF") || n instanceof PgNode.SqlValue;
  }

  private static ExprTyper typer(Catalog cat, Optional<Table> table) {
    Function<Name, Optional<SqlType>> columns = n -> table.flatMap(t -> t.column(n)).map(Column::type);
    return new ExprTyper(cat, columns);
  }
}
