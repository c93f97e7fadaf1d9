package dev.strata.model.sql.dml;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Runs JSqlParser under guards: a size limit, a timeout (deeply nested or pathological input makes
 * it backtrack for a long time) and a catch of everything it throws, including the NPEs and
 * StackOverflowErrors it is known to raise. Backslash escapes are enabled only when the statement
 * holds an {@code E'...'} string, because PostgreSQL treats backslashes literally elsewhere.
 */
final class JsqlParse {
  static final int MAX_CHARS = 100_000;
  static final long TIMEOUT_MS = 4_000;

  /**
   * Runs the guarded parses: idle daemon threads are re-used (JSqlParser's own overload starts a
   * thread per statement), and a parse stuck past its timeout only keeps its own thread.
   */
  private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "strata-jsqlparser");
    t.setDaemon(true);
    return t;
  });

  private JsqlParse() {}

  /** The parsed statement, or empty when JSqlParser could not parse it within the guards. */
  static Optional<Statement> parse(String sql) {
    if (sql.isBlank() || sql.length() > MAX_CHARS) {
      return Optional.empty();
    }
    boolean escapes = hasEscapeString(sql);
    try {
      return Optional.ofNullable(
          CCJSqlParserUtil.parse(sql, PARSERS, p -> p.withTimeOut(TIMEOUT_MS).withBackslashEscapeCharacter(escapes)));
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
