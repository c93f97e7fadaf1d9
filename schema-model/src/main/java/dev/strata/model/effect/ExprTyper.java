package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.expr.SqlExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parse analysis for printing: turns a {@link SqlExpr} into a typed {@link PgNode} tree the way
 * PostgreSQL's transformExpr would, as far as the printed text depends on it. Untyped literals take
 * the type their context gives them, implicit coercions become visible {@link PgNode.Cast} nodes,
 * and operators get the operand coercions their resolution implies ({@link OperatorTyping}).
 */
final class ExprTyper {
  private static final Map<String, String> SQL_VALUE_TYPES = Map.of("current_timestamp", "timestamptz",
      "current_date", "date", "current_time", "timetz", "localtimestamp", "timestamp", "localtime", "time");
  private static final List<String> SPECIALS = List.of("coalesce", "greatest", "least", "nullif");

  final Catalog cat;
  private final Function<Name, Optional<SqlType>> columns;

  ExprTyper(Catalog cat, Function<Name, Optional<SqlType>> columns) {
    this.cat = cat;
    this.columns = columns;
  }

  PgNode type(SqlExpr e) {
    if (e instanceof SqlExpr.ColumnRef c) {
      Name n = name(c.parts().get(c.parts().size() - 1));
      return new PgNode.Var(n.sql(), columns.apply(n).orElse(PgNode.UNRESOLVED));
    } else if (e instanceof SqlExpr.Literal l) {
      return literal(l);
    } else if (e instanceof SqlExpr.TypeCast c) {
      return cast(c);
    } else if (e instanceof SqlExpr.Operator o) {
      return o.left().isPresent() ? OperatorTyping.binary(this, o.op(), type(o.left().get()), type(o.right()))
          : prefix(o);
    } else if (e instanceof SqlExpr.Bool b) {
      List<PgNode> args = b.args().stream().map(a -> coerce(type(a), PgTypes.BOOL)).toList();
      return new PgNode.Bool(b.kind().name(), args);
    } else if (e instanceof SqlExpr.NullTest t) {
      return new PgNode.NullTest(type(t.arg()), t.not());
    } else if (e instanceof SqlExpr.InList in) {
      return OperatorTyping.in(this, type(in.arg()), in.items().stream().map(this::type).toList(), in.not());
    } else if (e instanceof SqlExpr.AnyAll a) {
      return OperatorTyping.anyAll(this, a.op(), a.all(), type(a.left()), type(a.right()));
    } else if (e instanceof SqlExpr.Call c) {
      return call(c);
    } else if (e instanceof SqlExpr.Extract x) {
      return new PgNode.Func("extract", List.of(type(x.source())), SqlType.builtin("numeric"),
          Optional.of(x.field()));
    } else if (e instanceof SqlExpr.Case c) {
      return caseExpr(c);
    } else if (e instanceof SqlExpr.ArrayOf a) {
      return array(a, Optional.empty());
    } else if (e instanceof SqlExpr.SqlValue v) {
      return new PgNode.SqlValue(v.keyword(), SqlType.builtin(SQL_VALUE_TYPES.getOrDefault(v.keyword(), "name")));
    }
    throw new IllegalStateException("unhandled expression " + e);
  }

  /** {@code n} as a value of {@code target}: a literal takes the type, another type gets an implicit cast. */
  PgNode coerce(PgNode n, SqlType target) {
    if (!PgTypes.known(target)) {
      return n;
    }
    if (n instanceof PgNode.Const c && RuleUtils.sameType(c.type(), PgNode.UNKNOWN)) {
      return new PgNode.Const(c.value().map(v -> PgTypes.normalise(v, target)), target.withoutModifiers());
    }
    if (n instanceof PgNode.ArrayNode a && target.isArray() && a.items().stream().allMatch(PgTypes::isUnknownLiteral)) {
      SqlType element = target.elementType().withoutModifiers();
      return new PgNode.ArrayNode(a.items().stream().map(i -> coerce(i, element)).toList(), target);
    }
    if (!PgTypes.known(n.type()) || RuleUtils.sameType(n.type(), target)) {
      return n;
    }
    return new PgNode.Cast(n, target, true);
  }

  private PgNode literal(SqlExpr.Literal l) {
    switch (l.kind()) {
      case STRING:
        return new PgNode.Const(Optional.of(DefaultDeparser.stringValue(l.token())), PgNode.UNKNOWN);
      case NUMBER:
        return number(l.token().text());
      case TRUE:
        return new PgNode.Const(Optional.of("t"), PgTypes.BOOL);
      case FALSE:
        return new PgNode.Const(Optional.of("f"), PgTypes.BOOL);
      default:
        return new PgNode.Const(Optional.empty(), PgNode.UNKNOWN);
    }
  }

  /** A numeric literal: integer if it fits int4, bigint if it fits int8, else numeric. */
  static PgNode.Const number(String text) {
    String type = "numeric";
    if (text.matches("-?[0-9]+")) {
      long v;
      try {
        v = Long.parseLong(text);
        type = v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? "int4" : "int8";
      } catch (NumberFormatException e) {
        type = "numeric";
      }
    }
    return new PgNode.Const(Optional.of(text), SqlType.builtin(type));
  }

  private PgNode prefix(SqlExpr.Operator o) {
    PgNode arg = type(o.right());
    if (o.op().equals("-") && arg instanceof PgNode.Const c && c.value().isPresent()
        && PgTypes.numericRank(c.type()) >= 0 && !c.value().get().startsWith("-")) {
      return number("-" + c.value().get());
    }
    return new PgNode.Op(o.op(), Optional.empty(), arg, arg.type());
  }

  private PgNode cast(SqlExpr.TypeCast c) {
    SqlType target = DefaultDeparser.castSqlType(c.type(), cat);
    if (c.arg() instanceof SqlExpr.ArrayOf a && target.isArray()) {
      return array(a, Optional.of(target));
    }
    PgNode arg = type(c.arg());
    if (arg instanceof PgNode.Const k && RuleUtils.sameType(k.type(), PgNode.UNKNOWN)) {
      return new PgNode.Const(k.value().map(v -> PgTypes.normalise(v, target)), target);
    }
    if (RuleUtils.sameType(arg.type(), target) && target.modifiers().isEmpty()) {
      return arg;
    }
    return new PgNode.Cast(arg, target, false);
  }

  private PgNode call(SqlExpr.Call c) {
    String name = functionName(c.name());
    List<PgNode> args = new ArrayList<>(c.args().stream().map(this::type).toList());
    String plain = c.name().get(0).text().toLowerCase(Locale.ROOT);
    if (c.name().size() == 1 && c.name().get(0).is(TokenKind.WORD) && SPECIALS.contains(plain)) {
      SqlType common = commonType(args);
      List<PgNode> coerced = args.stream().map(a -> coerce(a, common)).toList();
      return new PgNode.Special(plain.toUpperCase(Locale.ROOT), coerced, common);
    }
    Optional<List<SqlType>> params = Optional.empty();
    SqlType returns = PgNode.UNRESOLVED;
    Optional<dev.strata.model.catalog.Function> fn = userFunction(c.name(), args.size());
    if (fn.isPresent()) {
      params = Optional.of(fn.get().argTypes().stream().map(this::parseType).toList());
      returns = fn.get().returns().isEmpty() ? PgNode.UNRESOLVED : parseType(fn.get().returns());
    } else if (c.name().size() == 1 && PgTypes.builtin(name, args.size()).isPresent()) {
      PgTypes.Signature s = PgTypes.builtin(name, args.size()).get();
      params = Optional.of(s.params().stream().map(p -> p.isEmpty() ? PgNode.UNRESOLVED : SqlType.builtin(p))
          .toList());
      returns = s.returns();
    }
    for (int i = 0; i < args.size(); i++) {
      SqlType p = params.isPresent() && !params.get().isEmpty()
          ? params.get().get(Math.min(i, params.get().size() - 1)) : PgNode.UNRESOLVED;
      args.set(i, PgTypes.known(p) ? coerce(args.get(i), p)
          : PgTypes.isUnknownLiteral(args.get(i)) ? coerce(args.get(i), PgTypes.TEXT) : args.get(i));
    }
    return new PgNode.Func(name, args, returns, Optional.empty());
  }

  private Optional<dev.strata.model.catalog.Function> userFunction(List<Token> name, int arity) {
    Name fn = name(name.get(name.size() - 1));
    List<Name> schemas = name.size() > 1 ? List.of(name(name.get(name.size() - 2))) : cat.effectivePath();
    for (Name schema : schemas) {
      for (dev.strata.model.catalog.Function f : cat.functionsNamed(new QName(schema, fn))) {
        if (f.argTypes().size() == arity) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  private static String functionName(List<Token> parts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Name n = name(parts.get(i));
      boolean hiddenSchema = i == 0 && parts.size() > 1
          && (n.equals(QName.PUBLIC) || n.equals(QName.PG_CATALOG));
      if (!hiddenSchema) {
        out.add(n.sql());
      }
    }
    return String.join(".", out);
  }

  private PgNode caseExpr(SqlExpr.Case c) {
    Optional<PgNode> arg = c.arg().map(this::type);
    List<PgNode> whens = new ArrayList<>();
    List<PgNode> results = new ArrayList<>();
    for (SqlExpr.When w : c.whens()) {
      PgNode cond = type(w.condition());
      whens.add(arg.isPresent() ? coerce(cond, arg.get().type()) : coerce(cond, PgTypes.BOOL));
      results.add(type(w.result()));
    }
    PgNode otherwise = c.otherwise().map(this::type).orElse(new PgNode.Const(Optional.empty(), PgNode.UNKNOWN));
    List<PgNode> all = new ArrayList<>(results);
    all.add(otherwise);
    SqlType common = commonType(all);
    return new PgNode.Case(arg, whens, results.stream().map(r -> coerce(r, common)).toList(),
        coerce(otherwise, common), common);
  }

  private PgNode array(SqlExpr.ArrayOf a, Optional<SqlType> target) {
    List<PgNode> items = a.items().stream().map(this::type).toList();
    SqlType element = target.map(t -> t.elementType()).orElseGet(() -> commonType(items));
    SqlType arrayType = new SqlType(element.name(), element.modifiers(), 1);
    return new PgNode.ArrayNode(items.stream().map(i -> coerce(i, element.withoutModifiers())).toList(),
        target.orElse(arrayType));
  }

  /** select_common_type, simplified: the first known type, text when every input is an untyped literal. */
  static SqlType commonType(List<PgNode> nodes) {
    for (PgNode n : nodes) {
      if (PgTypes.known(n.type())) {
        return n.type().withoutModifiers();
      }
    }
    return PgTypes.TEXT;
  }

  /** A formatted type name (as {@code Function} stores them) resolved back to a type. */
  SqlType parseType(String formatted) {
    return DefaultDeparser.castSqlType(Lexer.lex(formatted), cat);
  }

  static Name name(Token t) {
    return t.is(TokenKind.QUOTED_IDENT) ? Name.quoted(Names.unquote(t.text())) : Name.unquoted(t.text());
  }
}
