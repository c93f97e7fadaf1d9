package dev.strata.model.sql.expr;

import dev.strata.model.sql.Token;
import java.util.List;
import java.util.Optional;

/**
 * A parsed scalar expression. Forms that PostgreSQL's parse analysis rewrites are rewritten here
 * the same way, so the tree already has the shape ruleutils prints: {@code BETWEEN} becomes two
 * comparisons joined by AND, {@code LIKE} the operator {@code ~~}, {@code !=} the operator
 * {@code <>}; parentheses are not kept.
 */
public sealed interface SqlExpr {
  /** A column, possibly qualified: its WORD or QUOTED_IDENT tokens, last one the column. */
  record ColumnRef(List<Token> parts) implements SqlExpr {
    public ColumnRef {
      parts = List.copyOf(parts);
    }
  }

  /** A string, number, TRUE, FALSE or NULL literal, still untyped. */
  record Literal(LiteralKind kind, Token token) implements SqlExpr {}

  enum LiteralKind { STRING, NUMBER, TRUE, FALSE, NULL }

  /** {@code arg::type}, {@code CAST(arg AS type)} or {@code type 'literal'}; the type as its tokens. */
  record TypeCast(SqlExpr arg, List<Token> type) implements SqlExpr {
    public TypeCast {
      type = List.copyOf(type);
    }
  }

  /** A binary operator ({@code op} as PostgreSQL names it) or, when {@code left} is empty, a prefix one. */
  record Operator(String op, Optional<SqlExpr> left, SqlExpr right) implements SqlExpr {}

  /** AND, OR (two or more arguments, flattened as PostgreSQL does) or NOT (one). */
  record Bool(BoolKind kind, List<SqlExpr> args) implements SqlExpr {
    public Bool {
      args = List.copyOf(args);
    }
  }

  enum BoolKind { AND, OR, NOT }

  /** {@code arg IS [NOT] NULL}. */
  record NullTest(SqlExpr arg, boolean not) implements SqlExpr {}

  /** {@code arg [NOT] IN (items)}. */
  record InList(SqlExpr arg, List<SqlExpr> items, boolean not) implements SqlExpr {
    public InList {
      items = List.copyOf(items);
    }
  }

  /** {@code left op ANY (right)} or {@code ALL}. */
  record AnyAll(String op, boolean all, SqlExpr left, SqlExpr right) implements SqlExpr {}

  /** A function call; {@code name} holds the WORD or QUOTED_IDENT tokens of a possibly qualified name. */
  record Call(List<Token> name, List<SqlExpr> args, boolean star) implements SqlExpr {
    public Call {
      name = List.copyOf(name);
      args = List.copyOf(args);
    }
  }

  /** {@code EXTRACT(field FROM source)}; {@code field} as PostgreSQL stores it (lower-case). */
  record Extract(String field, SqlExpr source) implements SqlExpr {}

  /** {@code CASE [arg] WHEN .. THEN .. [ELSE ..] END}. */
  record Case(Optional<SqlExpr> arg, List<When> whens, Optional<SqlExpr> otherwise) implements SqlExpr {
    public Case {
      whens = List.copyOf(whens);
    }
  }

  record When(SqlExpr condition, SqlExpr result) {}

  /** {@code ARRAY[items]}. */
  record ArrayOf(List<SqlExpr> items) implements SqlExpr {
    public ArrayOf {
      items = List.copyOf(items);
    }
  }

  /** A SQL value keyword such as {@code CURRENT_TIMESTAMP}, lower-case. */
  record SqlValue(String keyword) implements SqlExpr {}
}
