package dev.strata.model.sql.dml;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * Runs JSqlParser under guards: a size limit, a timeout (deeply nested or pathological input makes
 * it backtrack for a long time) and a catch of everything it throws, including the NPEs and
 * StackOverflowErrors it is known to raise, and a nesting limit: JSqlParser's time grows steeply with
 * nested parentheses (about 0.4 s at depth 400, the whole timeout at depth 1,000), so text nested
 * deeper than {@link #MAX_DEPTH} is not handed to it at all. Backslash escapes are enabled only when the statement
 * holds an {@code E'...'} string, because PostgreSQL treats backslashes literally elsewhere.
 * {@link #parseRetrying} retries a rejected statement once with {@link KeywordQuoting}'s rewrite.
 */
final class JsqlParse {
  static final int MAX_CHARS = 100_000;
  static final long TIMEOUT_MS = 4_000;
  /** Deepest nesting of parentheses and brackets handed to JSqlParser; real queries stay far below. */
  static final int MAX_DEPTH = 200;

  /**
   * Runs the guarded parses: idle daemon threads are re-used (JSqlParser's own overload starts a
   * thread per statement), and a parse stuck past its timeout only keeps its own thread.
   */
  private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "strata-jsqlparser");
    t.setDaemon(true);
    return t;
  });

  /**
   * Parses by text. JSqlParser is the slowest step of a DML statement and its result depends on the
   * text alone, so the parallel pre-parse of a history fills this and the sequential apply finds
   * its statements here; re-analysing after an edit finds the unchanged ones. The trees are only
   * read (visited), never changed, so threads may share them. Bounded: emptied when full.
   */
  private static final Map<String, Optional<Parsed>> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_MAX = 4_096;

  private JsqlParse() {}

  /** A statement JSqlParser parsed, and the text it parsed (maps its offsets back to the input). */
  record Parsed(Statement statement, QuotedText text) {}

  /**
   * Parses {@code sql}; when JSqlParser rejects it and {@link KeywordQuoting} changes something,
   * parses the rewritten text instead. Empty when neither parses.
   */
  static Optional<Parsed> parseRetrying(String sql) {
    Optional<Parsed> known = CACHE.get(sql);
    if (known != null) {
      return known;
    }
    Optional<Parsed> parsed = parseRetryingUncached(sql);
    if (CACHE.size() >= CACHE_MAX) {
      CACHE.clear();
    }
    CACHE.put(sql, parsed);
    return parsed;
  }

  private static Optional<Parsed> parseRetryingUncached(String sql) {
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
    List<Token> tokens = Lexer.lex(sql);
    if (depth(tokens) > MAX_DEPTH) {
      return Optional.empty();
    }
    boolean escapes = hasEscapeString(tokens);
    try {
      return Optional.ofNullable(
          CCJSqlParserUtil.parse(sql, PARSERS, p -> p.withTimeOut(TIMEOUT_MS).withBackslashEscapeCharacter(escapes)));
    } catch (Exception | StackOverflowError | NoClassDefFoundError | ExceptionInInitializerError e) {
      return Optional.empty();
    }
  }

  static boolean hasEscapeString(String sql) {
    return hasEscapeString(Lexer.lex(sql));
  }

  /** The deepest nesting of {@code (} and {@code [} among the tokens. */
  static int depth(List<Token> tokens) {
    int depth = 0;
    int max = 0;
    for (Token t : tokens) {
      String text = t.text();
      if (text.equals("(") || text.equals("[")) {
        max = Math.max(max, ++depth);
      } else if (text.equals(")") || text.equals("]")) {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  private static boolean hasEscapeString(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.kind() == TokenKind.STRING && (t.text().startsWith("E") || t.text().startsWith("e"))) {
        return true;
      }
    }
    return false;
  }
}
