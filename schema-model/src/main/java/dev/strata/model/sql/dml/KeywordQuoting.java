package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.ParserKeywordsUtils;

/**
 * The retry text for a statement JSqlParser rejected: identifiers PostgreSQL accepts unquoted but
 * JSqlParser reserves ({@code o.output}, {@code (id, name, script)}, {@code AS value}) are written
 * quoted, and blank lines between tokens (JSqlParser ends a statement at one) become spaces.
 *
 * <p>A word is quoted only where it can be nothing but a name: after or before a {@code .}, alone
 * between {@code (}/{@code ,} and {@code ,}/{@code )}, after {@code AS} (outside {@code CAST(...)}),
 * alone as the first select or RETURNING item, after {@code BY}, and beside a comparison operator. It is quoted
 * in its folded (lower-case) spelling, so what JSqlParser reads folds to the same {@link Name}.
 * Words PostgreSQL itself reserves are never quoted: PostgreSQL accepted the statement, so they are
 * keywords there.
 */
final class KeywordQuoting {
  /** JSqlParser 5.4's reserved keywords: every keyword token it does not list as non-reserved. */
  static final Set<String> JSQL_RESERVED = jsqlReserved();

  /**
   * Type names JSqlParser lexes as data-type tokens (not keywords), which it then cannot read as a
   * bare column, e.g. {@code concat_ws('-', name, uuid)} or {@code blob.size}; found by probing
   * JSqlParser 5.4 with each as a function argument.
   */
  static final Set<String> JSQL_TYPE_WORDS = Set.of(
      "bigint", "blob", "bool", "bytea", "decimal", "double", "enum", "float", "float4", "float8",
      "hugeint", "int", "int2", "int4", "int8", "integer", "long", "map", "nchar", "number", "numeric",
      "nvarchar", "real", "short", "smallint", "tinyint", "uuid", "varbinary", "varchar");

  /**
   * PostgreSQL's reserved and type/function-name keywords (kwlist.h): never an unquoted column or
   * table name, so an unquoted one in an accepted statement is a keyword.
   */
  static final Set<String> PG_NOT_COL_ID = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case",
      "cast", "check", "collate", "column", "constraint", "create", "current_catalog", "current_date",
      "current_role", "current_time", "current_timestamp", "current_user", "default", "deferrable",
      "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "from",
      "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
      "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing",
      "primary", "references", "returning", "select", "session_user", "some", "symmetric",
      "system_user", "table", "then", "to", "trailing", "true", "union", "unique", "user", "using",
      "variadic", "when", "where", "window", "with",
      "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze",
      "full", "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer",
      "overlaps", "right", "similar", "tablesample", "verbose");

  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");

  private KeywordQuoting() {}

  /** The text to hand JSqlParser on retry, with the map back to {@code text}'s offsets. */
  static QuotedText rewrite(String text) {
    List<Token> tokens = significant(text);
    List<Token> quote = quotable(tokens);
    StringBuilder out = new StringBuilder(text.length() + 2 * quote.size());
    int[] starts = new int[quote.size()];
    int[] ends = new int[quote.size()];
    int copied = 0;
    for (int k = 0; k < quote.size(); k++) {
      Token t = quote.get(k);
      out.append(text, copied, t.start()).append('"').append(Name.unquoted(t.text()).value()).append('"');
      starts[k] = t.start();
      ends[k] = t.end();
      copied = t.end();
    }
    out.append(text, copied, text.length());
    blankLinesToSpaces(out);
    return new QuotedText(out.toString(), starts, ends);
  }

  /** True for an unquoted word JSqlParser cannot read as a name and PostgreSQL accepts as one. */
  static boolean collides(Token t) {
    if (t == null || t.kind() != TokenKind.WORD) {
      return false;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return (JSQL_RESERVED.contains(lower) || JSQL_TYPE_WORDS.contains(lower)) && !PG_NOT_COL_ID.contains(lower);
  }

  private static List<Token> quotable(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    Deque<Boolean> castParens = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(TokenKind.LPAREN)) {
        castParens.push(i > 0 && tokens.get(i - 1).isWord("cast"));
      } else if (t.is(TokenKind.RPAREN) && !castParens.isEmpty()) {
        castParens.pop();
      } else if (collides(t) && isNamePosition(at(tokens, i - 1), at(tokens, i + 1), castParens.contains(true))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether a word between {@code prev} and {@code next} can only be an identifier. */
  static boolean isNamePosition(Token prev, Token next, boolean inCast) {
    if (prev != null && prev.is(TokenKind.CAST)) {
      return false;
    }
    boolean opensList = prev != null && (prev.is(TokenKind.LPAREN) || prev.is(TokenKind.COMMA));
    boolean closesItem = next == null || next.is(TokenKind.COMMA) || next.is(TokenKind.RPAREN);
    if (isDot(prev) || isDot(next) || (opensList && closesItem)) {
      return true;
    }
    boolean followedByValue = next != null && (next.is(TokenKind.LPAREN) || next.is(TokenKind.STRING));
    if (prev != null && prev.isWord("as")) {
      return !inCast && !followedByValue;
    }
    if (prev != null && (prev.isWord("select") || prev.isWord("distinct") || prev.isWord("returning"))) {
      return closesItem || (next != null && next.isWord("from"));
    }
    if (opensList && next != null && next.isWord("from")) {
      return true;
    }
    if (prev != null && prev.isWord("by")) {
      return !followedByValue && !(next != null && next.isWord("sets"));
    }
    return (isComparison(prev) || isComparison(next)) && !followedByValue;
  }

  private static boolean isDot(Token t) {
    return t != null && t.is(TokenKind.DOT);
  }

  private static boolean isComparison(Token t) {
    return t != null && t.is(TokenKind.OPERATOR) && COMPARISONS.contains(t.text());
  }

  private static Token at(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  private static List<Token> significant(String text) {
    return Lexer.lex(text).stream().filter(t -> !t.kind().isComment()).toList();
  }

  /**
   * Replaces the line breaks of whitespace runs that hold an empty line by spaces (same length, so
   * offsets do not move). Only whitespace between tokens is touched: the lexer of the rewritten
   * text decides what lies inside strings and comments.
   */
  private static void blankLinesToSpaces(StringBuilder out) {
    List<Token> tokens = Lexer.lex(out.toString());
    int gapStart = 0;
    boolean afterLineComment = false;
    for (Token t : tokens) {
      spaceOut(out, gapStart, t.start(), afterLineComment);
      gapStart = t.end();
      afterLineComment = t.kind() == TokenKind.LINE_COMMENT;
    }
    spaceOut(out, gapStart, out.length(), afterLineComment);
  }

  /** Spaces out the line breaks of {@code [from, to)} if it holds an empty line; keeps the first if asked. */
  private static void spaceOut(StringBuilder out, int from, int to, boolean keepFirstBreak) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      newlines += out.charAt(i) == '\n' ? 1 : 0;
    }
    if (newlines < 2) {
      return;
    }
    boolean kept = !keepFirstBreak;
    for (int i = from; i < to; i++) {
      char c = out.charAt(i);
      if (c == '\n' && !kept) {
        kept = true;
      } else if (c == '\n' || c == '\r') {
        out.setCharAt(i, ' ');
      }
    }
  }

  private static Set<String> jsqlReserved() {
    Set<String> nonReserved = ParserKeywordsUtils.getNonReservedKeywords();
    Set<String> out = new TreeSet<>();
    for (String image : CCJSqlParserConstants.tokenImage) {
      if (image.startsWith("<K_") && image.endsWith(">")) {
        String word = image.substring(3, image.length() - 1);
        if (!nonReserved.contains(word)) {
          out.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return Set.copyOf(out);
  }
}
