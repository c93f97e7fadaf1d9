package dev.strata.model.effect;

import dev.strata.model.catalog.SqlType;
import java.util.List;
import java.util.Optional;

/**
 * An expression after parse analysis, shaped like PostgreSQL's node tree as far as ruleutils'
 * printing depends on it: every node knows its result type, literals are typed constants, and
 * implicit coercions are explicit {@link Cast} nodes marked {@code implicit}.
 */
sealed interface PgNode {
  /** Not a type PostgreSQL has: the node's type could not be worked out. */
  SqlType UNRESOLVED = SqlType.builtin("?");
  SqlType UNKNOWN = SqlType.builtin("unknown");

  SqlType type();

  /** A column; {@code sql} is its quoted-as-needed name. */
  record Var(String sql, SqlType type) implements PgNode {}

  /** A constant; {@code value} is its output text, empty for NULL. */
  record Const(Optional<String> value, SqlType type) implements PgNode {}

  /** A coercion: RelabelType, CoerceViaIO or a cast function, which all print alike. */
  record Cast(PgNode arg, SqlType type, boolean implicit) implements PgNode {}

  /** An operator; {@code left} empty for a prefix operator. */
  record Op(String op, Optional<PgNode> left, PgNode right, SqlType type) implements PgNode {}

  /** A function called by name, or (with {@code extractField}) EXTRACT's SQL syntax. */
  record Func(String name, List<PgNode> args, SqlType type, Optional<String> extractField) implements PgNode {
    public Func {
      args = List.copyOf(args);
    }
  }

  /** COALESCE, GREATEST, LEAST or NULLIF: function-like, upper-case keyword. */
  record Special(String keyword, List<PgNode> args, SqlType type) implements PgNode {
    public Special {
      args = List.copyOf(args);
    }
  }

  /** AND, OR or NOT. */
  record Bool(String kind, List<PgNode> args) implements PgNode {
    public Bool {
      args = List.copyOf(args);
    }

    @Override
    public SqlType type() {
      return SqlType.builtin("bool");
    }
  }

  record NullTest(PgNode arg, boolean not) implements PgNode {
    @Override
    public SqlType type() {
      return SqlType.builtin("bool");
    }
  }

  /** {@code left op ANY/ALL (right)}, also what {@code IN (...)} becomes. */
  record ScalarArrayOp(String op, boolean all, PgNode left, PgNode right) implements PgNode {
    @Override
    public SqlType type() {
      return SqlType.builtin("bool");
    }
  }

  record ArrayNode(List<PgNode> items, SqlType type) implements PgNode {
    public ArrayNode {
      items = List.copyOf(items);
    }
  }

  record Case(Optional<PgNode> arg, List<PgNode> whens, List<PgNode> results, PgNode otherwise, SqlType type)
      implements PgNode {
    public Case {
      whens = List.copyOf(whens);
      results = List.copyOf(results);
    }
  }

  /** CURRENT_TIMESTAMP and friends, printed upper-case. */
  record SqlValue(String keyword, SqlType type) implements PgNode {}
}
