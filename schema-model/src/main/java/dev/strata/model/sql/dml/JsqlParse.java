package dev.strata.model.sql.dml;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Runs JSqlParser under guards: a size limit, a timeout (deeply nested or pathological input makes
 * it backtrack for a long time) and a catch of everything it throws, including the NPEs and
 * StackOverflowErrors it is known to raise. Backslash escapes are enabled only when the statement
 * holds an {@code E'...'} string, because PostgreSQL treats backslashes literally elsewhere.
 * {@link #parseRetrying} retries a rejected statement once with {@link KeywordQuoting}'s rewrite.
 */
final class JsqlParse {
  static final int MAX_CHARS = 100_000;
  static final long TIMEOUT_MS = 4_000;

  private JsqlParse() {}

  /** A statement JSqlParser parsed, and the text it parsed (maps its offsets back to the input). */
  record Parsed(Statement statement, QuotedText text) {}

  /**
   * Parses {@code sql}; when JSqlParser rejects it and {@link KeywordQuoting} changes something,
   * parses the rewritten text instead. Empty when neither parses.
   */
  static Optional<Parsed> parseRetrying(String sql) {
    Optional<Statement> direct = parse(sql);
    if (direct.isPresent()) {
      return Optional.of(new Parsed(direct.get(), QuotedText.identity(sql)));
    }
    if (sql.isBlank() || sql.length() > MAX_CHARS) {
      return Optional.empty();
    }
    QuotedText retry = KeywordQuoting.rewrite(sql);
    if (retry.text().equals(sql)) {
      return Optional.empty();
    }
    return parse(retry.text()).map(st -> new Parsed(st, retry));
  }

  /** The parsed statement, or empty when JSqlParser could not parse it within the guards. */
  static Optional<Statement> parse(String sql) {
    if (sql.isBlank() || sql.length() > MAX_CHARS) {
      return Optional.empty();
    }
    boolean escapes = hasEscapeString(sql);
    try {
      return Optional.ofNullable(
          CCJSqlParserUtil.parse(sql, p -> p.withTimeOut(TIMEOUT_MS).withBackslashEscapeCharacter(escapes)));
    } catch (Exception | StackOverflowError | NoClassDefFoundError | ExceptionInInitializerError e) {
      return Optional.empty();
    }
  }

  static boolean hasEscapeString(String sql) {
    for (Token t : Lexer.lex(sql)) {
      if (t.kind() == TokenKind.STRING && (t.text().startsWith("E") || t.text().startsWith("e"))) {
        return true;
      }
    }
    return false;
  }
}
