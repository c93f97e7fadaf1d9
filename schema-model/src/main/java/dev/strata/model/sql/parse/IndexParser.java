package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.IndexElem;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table [USING m]
 * (elements) [INCLUDE (..)] [NULLS [NOT] DISTINCT] [WITH (..)] [TABLESPACE t] [WHERE pred]}. An
 * element is a column, a parenthesised expression (kept without its parentheses) or a function call
 * such as {@code lower(email)} (kept whole).
 */
final class IndexParser {
  private IndexParser() {}

  /** Cursor after {@code INDEX}. */
  static Statement createIndex(TokenCursor c, boolean unique) {
    boolean concurrently = c.acceptWord("concurrently");
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    Optional<Ident> name = Optional.empty();
    if (ifNotExists || !c.isWord("on")) {
      name = Optional.of(c.ident());
    }
    c.expectWord("on");
    boolean only = c.acceptWord("only");
    QualifiedName table = c.qualifiedName();
    Optional<Ident> method = Optional.empty();
    if (c.acceptWord("using")) {
      method = Optional.of(c.ident());
    }
    List<IndexElem> elements = new ArrayList<>();
    c.expect(TokenKind.LPAREN);
    do {
      elements.add(element(c));
    } while (c.accept(TokenKind.COMMA));
    c.expect(TokenKind.RPAREN);
    List<Ident> include = c.acceptWord("include") ? c.parenIdentList() : List.of();
    boolean nullsNotDistinct = c.acceptWords("nulls", "not", "distinct");
    if (!nullsNotDistinct) {
      c.acceptWords("nulls", "distinct");
    }
    if (c.acceptWord("with")) {
      c.skipParens();
    }
    if (c.acceptWord("tablespace")) {
      c.ident();
    }
    Optional<Expr> where = c.acceptWord("where") ? Optional.of(c.rest()) : Optional.empty();
    c.expectEnd();
    return new Statement.CreateIndex(name, table, unique, concurrently, ifNotExists, only, method, elements,
        include, nullsNotDistinct, where, c.statementRange());
  }

  static IndexElem element(TokenCursor c) {
    int start = c.pos;
    Optional<Ident> column = Optional.empty();
    Optional<Expr> expression = Optional.empty();
    if (c.is(TokenKind.LPAREN)) {
      expression = Optional.of(c.parenExpr());
    } else if (isFunctionCall(c)) {
      expression = Optional.of(functionCall(c));
    } else {
      column = Optional.of(c.ident());
    }
    Optional<Ident> collation = Optional.empty();
    if (c.acceptWord("collate")) {
      collation = Optional.of(c.qualifiedName().last());
    }
    Optional<QualifiedName> opclass = Optional.empty();
    if (c.isIdent() && !c.isAnyWord("asc", "desc", "nulls")) {
      opclass = Optional.of(c.qualifiedName());
      if (c.is(TokenKind.LPAREN)) {
        c.skipParens();
      }
    }
    boolean desc = c.acceptWord("desc");
    if (!desc) {
      c.acceptWord("asc");
    }
    Optional<Boolean> nullsFirst = Optional.empty();
    if (c.acceptWords("nulls", "first")) {
      nullsFirst = Optional.of(true);
    } else if (c.acceptWords("nulls", "last")) {
      nullsFirst = Optional.of(false);
    }
    return new IndexElem(column, expression, collation, opclass, desc, nullsFirst, c.rangeFrom(start));
  }

  /** {@code name [. name]* (} — a function call used as an index expression. */
  private static boolean isFunctionCall(TokenCursor c) {
    int k = 0;
    while (true) {
      if (!(c.isAt(k, TokenKind.WORD) || c.isAt(k, TokenKind.QUOTED_IDENT))) {
        return false;
      }
      if (c.isAt(k + 1, TokenKind.LPAREN)) {
        return true;
      }
      if (!c.isAt(k + 1, TokenKind.DOT)) {
        return false;
      }
      k += 2;
    }
  }

  private static Expr functionCall(TokenCursor c) {
    int start = c.pos;
    while (!c.is(TokenKind.LPAREN)) {
      c.pos++;
    }
    c.skipParens();
    return c.expr(start, c.pos);
  }
}
