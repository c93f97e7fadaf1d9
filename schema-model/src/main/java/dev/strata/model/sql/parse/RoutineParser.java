package dev.strata.model.sql.parse;

import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.FunctionArg;
import dev.strata.model.sql.ast.FunctionRef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} and {@code CREATE TRIGGER}. A routine's body is kept
 * as the whole literal token ({@code $$...$$} or {@code '...'}, delimiters included), or as the
 * {@code BEGIN ATOMIC ... END} / {@code RETURN expr} text of an SQL-standard body.
 */
final class RoutineParser {
  private RoutineParser() {}

  /** Cursor after {@code FUNCTION} or {@code PROCEDURE}. */
  static Statement createRoutine(TokenCursor c, boolean orReplace, boolean procedure) {
    QualifiedName name = c.qualifiedName();
    List<FunctionArg> args = new ArrayList<>();
    c.expect(TokenKind.LPAREN);
    if (!c.is(TokenKind.RPAREN)) {
      do {
        args.add(arg(c));
      } while (c.accept(TokenKind.COMMA));
    }
    c.expect(TokenKind.RPAREN);
    Optional<TypeName> returns = Optional.empty();
    boolean returnsTable = false;
    if (c.acceptWord("returns")) {
      if (c.acceptWord("table")) {
        returnsTable = true;
        c.skipParens();
      } else {
        c.acceptWord("setof");
        returns = Optional.of(TypeParser.parse(c));
      }
    }
    String language = "sql";
    Optional<Expr> body = Optional.empty();
    while (!c.atEnd()) {
      if (c.acceptWord("language")) {
        Token t = c.next();
        language = t.is(TokenKind.STRING) ? Literals.string(t) : TokenCursor.toIdent(t).value();
        language = language.toLowerCase(Locale.ROOT);
      } else if (c.acceptWord("as")) {
        body = Optional.of(literalBody(c));
      } else if (c.isWords("begin", "atomic")) {
        body = Optional.of(c.rest());
      } else if (c.acceptWord("return")) {
        body = Optional.of(c.rest());
      } else {
        option(c);
      }
    }
    return new Statement.CreateFunction(name, orReplace, procedure, args, returns, returnsTable, language, body,
        c.statementRange());
  }

  private static Expr literalBody(TokenCursor c) {
    if (!c.is(TokenKind.STRING) && !c.is(TokenKind.DOLLAR_STRING)) {
      throw c.error();
    }
    int start = c.pos;
    c.pos++;
    Expr body = c.expr(start, c.pos);
    if (c.accept(TokenKind.COMMA)) {
      c.stringLit();
    }
    return body;
  }

  /** One attribute such as IMMUTABLE, SECURITY DEFINER, SET x = y, COST n, PARALLEL SAFE. */
  private static void option(TokenCursor c) {
    String w = c.word();
    switch (w) {
      case "immutable", "stable", "volatile", "leakproof", "strict", "window" -> c.pos++;
      case "not" -> c.expectWords("not", "leakproof");
      case "called" -> c.expectWords("called", "on", "null", "input");
      case "returns" -> c.expectWords("returns", "null", "on", "null", "input");
      case "external", "security" -> {
        c.acceptWord("external");
        c.expectWord("security");
        if (!c.acceptWord("definer")) {
          c.expectWord("invoker");
        }
      }
      case "parallel", "support" -> {
        c.pos++;
        c.qualifiedName();
      }
      case "cost", "rows" -> {
        c.pos++;
        c.expect(TokenKind.NUMBER);
      }
      case "set" -> {
        c.pos++;
        c.qualifiedName();
        if (!c.acceptWords("from", "current")) {
          if (!c.acceptWord("to") && !c.acceptOperator("=")) {
            throw c.error();
          }
          skipValues(c);
        }
      }
      case "transform" -> skipTransform(c);
      default -> throw c.error();
    }
  }

  private static void skipValues(TokenCursor c) {
    do {
      c.next();
    } while (c.accept(TokenKind.COMMA));
  }

  private static void skipTransform(TokenCursor c) {
    c.expectWord("transform");
    do {
      c.expectWords("for", "type");
      TypeParser.parse(c);
    } while (c.accept(TokenKind.COMMA));
  }

  /** {@code [IN|OUT|INOUT|VARIADIC] [name] type [DEFAULT expr | = expr]}. */
  static FunctionArg arg(TokenCursor c) {
    String mode = "IN";
    if (c.isAnyWord("in", "out", "inout", "variadic") && TypeParser.startsType(c.peek(1))) {
      mode = c.next().text().toUpperCase(Locale.ROOT);
    }
    int start = c.pos;
    Optional<Ident> name = Optional.empty();
    TypeName type = tryType(c);
    if (type == null || !endsArg(c)) {
      c.pos = start;
      name = Optional.of(c.ident());
      type = TypeParser.parse(c);
    }
    Optional<Expr> dflt = Optional.empty();
    if (c.acceptWord("default") || c.acceptOperator("=")) {
      dflt = Optional.of(c.exprToComma());
    }
    return new FunctionArg(mode, name, type, dflt);
  }

  /** A type, or null (cursor unspecified) when the tokens do not form one. */
  private static TypeName tryType(TokenCursor c) {
    try {
      return TypeParser.parse(c);
    } catch (ParseFailure e) {
      return null;
    }
  }

  private static boolean endsArg(TokenCursor c) {
    return c.is(TokenKind.COMMA) || c.is(TokenKind.RPAREN) || c.isWord("default")
        || c.isOperator("=");
  }

  /** Cursor after {@code TRIGGER}. */
  static Statement createTrigger(TokenCursor c, boolean orReplace) {
    Ident name = c.ident();
    String timing;
    if (c.acceptWords("instead", "of")) {
      timing = "INSTEAD OF";
    } else if (c.acceptWord("before")) {
      timing = "BEFORE";
    } else {
      c.expectWord("after");
      timing = "AFTER";
    }
    List<String> events = new ArrayList<>();
    do {
      String event = c.label().value().toUpperCase(Locale.ROOT);
      if (!List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE").contains(event)) {
        throw new ParseFailure("syntax error at or near \"" + c.previous().text() + "\"", c.previous().range());
      }
      events.add(event);
      if (event.equals("UPDATE") && c.acceptWord("of")) {
        do {
          c.ident();
        } while (c.accept(TokenKind.COMMA));
      }
    } while (c.acceptWord("or"));
    c.expectWord("on");
    QualifiedName table = c.qualifiedName();
    while (!c.isWord("execute")) {
      triggerClause(c);
    }
    c.expectWord("execute");
    if (!c.acceptWord("function")) {
      c.expectWord("procedure");
    }
    QualifiedName fn = c.qualifiedName();
    c.skipParens();
    c.expectEnd();
    return new Statement.CreateTrigger(name, orReplace, table, new FunctionRef(fn, Optional.empty()), timing, events,
        c.statementRange());
  }

  private static void triggerClause(TokenCursor c) {
    if (c.acceptWord("from")) {
      c.qualifiedName();
    } else if (c.acceptWord("referencing")) {
      while (c.isAnyWord("old", "new")) {
        c.pos++;
        c.expectWord("table");
        c.acceptWord("as");
        c.ident();
      }
    } else if (c.acceptWord("for")) {
      c.acceptWord("each");
      if (!c.acceptWord("row")) {
        c.expectWord("statement");
      }
    } else if (c.acceptWord("when")) {
      c.parenExpr();
    } else if (c.acceptWord("deferrable") || c.acceptWords("not", "deferrable")
        || c.acceptWords("initially", "deferred") || c.acceptWords("initially", "immediate")) {
      return;
    } else {
      throw c.error();
    }
  }
}
