package dev.strata.model.sql.parse;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.StringLit;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A position in one statement's significant tokens (the terminating semicolon removed), with the
 * small vocabulary every sub-parser shares: look-ahead, keyword matching, names, literals and
 * expression delimiting. Failing {@code expect*} calls throw {@link ParseFailure} with PostgreSQL's
 * wording.
 */
final class TokenCursor {
  final String src;
  private final List<Token> toks;
  private final TextRange statementRange;
  int pos;

  TokenCursor(String src, List<Token> statementTokens, TextRange statementRange) {
    int n = statementTokens.size();
    boolean semi = n > 0 && statementTokens.get(n - 1).is(TokenKind.SEMICOLON);
    this.src = src;
    this.toks = semi ? statementTokens.subList(0, n - 1) : statementTokens;
    this.statementRange = statementRange;
  }

  TextRange statementRange() {
    return statementRange;
  }

  boolean atEnd() {
    return pos >= toks.size();
  }

  Token peek() {
    return peek(0);
  }

  /** The token {@code k} places ahead, or null past the end. */
  Token peek(int k) {
    int i = pos + k;
    return i >= 0 && i < toks.size() ? toks.get(i) : null;
  }

  Token next() {
    if (atEnd()) {
      throw error();
    }
    return toks.get(pos++);
  }

  Token previous() {
    return toks.get(pos - 1);
  }

  Token token(int index) {
    return toks.get(index);
  }

  int size() {
    return toks.size();
  }

  boolean is(TokenKind kind) {
    Token t = peek();
    return t != null && t.is(kind);
  }

  boolean isAt(int k, TokenKind kind) {
    Token t = peek(k);
    return t != null && t.is(kind);
  }

  boolean accept(TokenKind kind) {
    if (is(kind)) {
      pos++;
      return true;
    }
    return false;
  }

  Token expect(TokenKind kind) {
    if (!is(kind)) {
      throw error();
    }
    return toks.get(pos++);
  }

  boolean isOperator(String op) {
    Token t = peek();
    return t != null && t.isOperator(op);
  }

  boolean acceptOperator(String op) {
    if (isOperator(op)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean isWord(String word) {
    Token t = peek();
    return t != null && t.isWord(word);
  }

  /** True when the next tokens are exactly these words. */
  boolean isWords(String... words) {
    for (int i = 0; i < words.length; i++) {
      Token t = peek(i);
      if (t == null || !t.isWord(words[i])) {
        return false;
      }
    }
    return true;
  }

  boolean isAnyWord(String... words) {
    for (String w : words) {
      if (isWord(w)) {
        return true;
      }
    }
    return false;
  }

  boolean acceptWord(String word) {
    if (isWord(word)) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes the words only if all of them follow. */
  boolean acceptWords(String... words) {
    if (isWords(words)) {
      pos += words.length;
      return true;
    }
    return false;
  }

  void expectWord(String word) {
    if (!acceptWord(word)) {
      throw error();
    }
  }

  void expectWords(String... words) {
    for (String w : words) {
      expectWord(w);
    }
  }

  /** The lower-case text of the next word, or "" if the next token is not an unquoted word. */
  String word() {
    Token t = peek();
    return t != null && t.is(TokenKind.WORD) ? t.text().toLowerCase(Locale.ROOT) : "";
  }

  void expectEnd() {
    if (!atEnd()) {
      throw error();
    }
  }

  ParseFailure error() {
    Token t = peek();
    if (t == null) {
      int end = statementRange.end();
      return new ParseFailure("syntax error at end of input", new TextRange(end, end));
    }
    return new ParseFailure("syntax error at or near \"" + t.text() + "\"", t.range());
  }

  // ---- names -------------------------------------------------------------------------------

  /** True when the next token can be a column/table name (ColId). */
  boolean isIdent() {
    Token t = peek();
    return t != null && (t.is(TokenKind.QUOTED_IDENT)
        || (t.is(TokenKind.WORD) && Keywords.isColId(t.text().toLowerCase(Locale.ROOT))));
  }

  Ident ident() {
    if (!isIdent()) {
      throw error();
    }
    return toIdent(next());
  }

  /** Any word, reserved or not, or a quoted identifier (PostgreSQL's ColLabel). */
  Ident label() {
    if (!is(TokenKind.WORD) && !is(TokenKind.QUOTED_IDENT)) {
      throw error();
    }
    return toIdent(next());
  }

  static Ident toIdent(Token t) {
    if (t.is(TokenKind.QUOTED_IDENT)) {
      return new Ident(Name.quoted(Literals.quotedIdent(t)), t.range(), true);
    }
    return new Ident(Name.unquoted(t.text()), t.range(), false);
  }

  QualifiedName qualifiedName() {
    List<Ident> parts = new ArrayList<>(3);
    parts.add(ident());
    while (is(TokenKind.DOT) && (isAt(1, TokenKind.WORD) || isAt(1, TokenKind.QUOTED_IDENT))) {
      pos++;
      parts.add(label());
    }
    return new QualifiedName(parts);
  }

  List<QualifiedName> qualifiedNameList() {
    List<QualifiedName> names = new ArrayList<>();
    do {
      names.add(qualifiedName());
    } while (accept(TokenKind.COMMA));
    return names;
  }

  /** {@code ( a, b, c )}. */
  List<Ident> parenIdentList() {
    expect(TokenKind.LPAREN);
    List<Ident> ids = new ArrayList<>();
    do {
      ids.add(ident());
    } while (accept(TokenKind.COMMA));
    expect(TokenKind.RPAREN);
    return ids;
  }

  StringLit stringLit() {
    if (!is(TokenKind.STRING) && !is(TokenKind.DOLLAR_STRING)) {
      throw error();
    }
    Token t = next();
    return new StringLit(Literals.string(t), t.range());
  }

  // ---- ranges and expressions --------------------------------------------------------------

  /** From the start of token {@code fromIndex} to the end of the last consumed token. */
  TextRange rangeFrom(int fromIndex) {
    int end = pos > fromIndex ? toks.get(pos - 1).end() : toks.get(fromIndex).end();
    return new TextRange(toks.get(fromIndex).start(), end);
  }

  /** Tokens {@code [from, to)} as an expression with exact source text. */
  Expr expr(int from, int to) {
    if (to <= from) {
      throw error();
    }
    TextRange r = new TextRange(toks.get(from).start(), toks.get(to - 1).end());
    return new Expr(r.slice(src), r, toks.subList(from, to));
  }

  /**
   * Consumes an expression: at least one token, then up to (not including) the first token at
   * nesting depth 0 that {@code stop} accepts, an unbalanced closer, or the end. Parentheses,
   * brackets and CASE ... END nest.
   */
  Expr exprUntil(Predicate<TokenCursor> stop) {
    int start = pos;
    int depth = 0;
    while (!atEnd()) {
      Token t = peek();
      if (depth == 0 && pos > start && stop.test(this)) {
        break;
      }
      if (t.is(TokenKind.LPAREN) || t.is(TokenKind.LBRACKET) || t.isWord("case")) {
        depth++;
      } else if (t.is(TokenKind.RPAREN) || t.is(TokenKind.RBRACKET) || (t.isWord("end") && depth > 0)) {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      pos++;
    }
    return expr(start, pos);
  }

  /** An expression ending at a comma at depth 0 (or the end). */
  Expr exprToComma() {
    return exprUntil(c -> c.is(TokenKind.COMMA));
  }

  /** {@code ( expr )}: returns the expression inside the parentheses. */
  Expr parenExpr() {
    expect(TokenKind.LPAREN);
    Expr e = exprUntil(c -> false);
    expect(TokenKind.RPAREN);
    return e;
  }

  /** Everything left in the statement. */
  Expr rest() {
    int start = pos;
    pos = toks.size();
    return expr(start, pos);
  }

  /**
   * Everything left in the statement except a trailing clause made of exactly one of
   * {@code suffixes} (e.g. {@code WITH NO DATA} after a query), which is consumed but not included.
   */
  Expr restExcept(String[]... suffixes) {
    int end = toks.size();
    for (String[] suffix : suffixes) {
      int from = end - suffix.length;
      if (from > pos && matchesWordsAt(from, suffix)) {
        end = from;
        break;
      }
    }
    Expr e = expr(pos, end);
    pos = toks.size();
    return e;
  }

  private boolean matchesWordsAt(int index, String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (!toks.get(index + i).isWord(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** Index of the RPAREN matching the LPAREN at the cursor, or -1. */
  int matchingParen() {
    int depth = 0;
    for (int i = pos; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Skips a balanced {@code ( ... )} group starting at the current LPAREN. */
  void skipParens() {
    expect(TokenKind.LPAREN);
    int depth = 1;
    while (depth > 0) {
      Token t = next();
      if (t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN)) {
        depth--;
      }
    }
  }

  /** Skips tokens to the next comma at depth 0 or the end; returns the skipped source text. */
  String skipToComma() {
    if (atEnd() || is(TokenKind.COMMA)) {
      return "";
    }
    return exprToComma().text();
  }

  /** Source text of tokens {@code [from, pos)}, upper-cased words joined by spaces (for kind labels). */
  String words(int from, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < Math.min(toks.size(), from + count); i++) {
      Token t = toks.get(i);
      if (!t.is(TokenKind.WORD)) {
        break;
      }
      b.append(b.length() == 0 ? "" : " ").append(t.text().toUpperCase(Locale.ROOT));
    }
    return b.toString();
  }
}
