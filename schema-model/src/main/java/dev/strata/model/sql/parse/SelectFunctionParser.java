package dev.strata.model.sql.parse;

import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Optional;

/**
 * {@code SELECT f(...)} of PostgreSQL's own functions. {@code set_config('name', 'value', is_local)}
 * is what pg_dump writes instead of SET, so it becomes a {@code SetVariable}; other {@code pg_*}
 * functions (advisory locks, setval ...) become {@code NoEffect}.
 */
final class SelectFunctionParser {
  private SelectFunctionParser() {}

  /** Cursor at SELECT; returns null (cursor unspecified) when the statement is an ordinary query. */
  static Statement select(TokenCursor c) {
    c.pos = 1;
    if (!c.is(TokenKind.WORD) || !isCallOfOneFunction(c)) {
      return null;
    }
    QualifiedName fn = c.qualifiedName();
    boolean catalog = fn.parts().size() == 2 && fn.parts().get(0).value().equals("pg_catalog");
    String name = fn.name().value();
    if (name.equals("set_config") && (catalog || fn.parts().size() == 1)) {
      Statement set = setConfig(c);
      if (set != null) {
        return set;
      }
    }
    if (catalog || name.startsWith("pg_") || name.equals("setval")) {
      return new Statement.NoEffect("SELECT " + fn, Optional.empty(), c.statementRange());
    }
    return null;
  }

  /** {@code name [. name] ( ... )} followed by nothing but an optional alias. */
  private static boolean isCallOfOneFunction(TokenCursor c) {
    int k = 0;
    while (c.isAt(k + 1, TokenKind.DOT)) {
      k += 2;
    }
    return c.isAt(k + 1, TokenKind.LPAREN);
  }

  private static Statement setConfig(TokenCursor c) {
    c.expect(TokenKind.LPAREN);
    if (!c.is(TokenKind.STRING)) {
      return null;
    }
    String variable = c.stringLit().value().toLowerCase(java.util.Locale.ROOT);
    c.expect(TokenKind.COMMA);
    if (!c.is(TokenKind.STRING)) {
      return null;
    }
    String value = c.stringLit().value();
    c.expect(TokenKind.COMMA);
    Token local = c.next();
    if (!c.accept(TokenKind.RPAREN) || !c.atEnd()) {
      return null;
    }
    List<String> values = variable.equals("search_path") ? splitSearchPath(value) : List.of(value);
    return new Statement.SetVariable(variable, values, local.isWord("true"), false, c.statementRange());
  }

  /** {@code 'public, "My Schema"'} → {@code [public, My Schema]}, folded like SET would fold them. */
  static List<String> splitSearchPath(String value) {
    if (value.isBlank()) {
      return List.of("");
    }
    return java.util.Arrays.stream(value.split(","))
        .map(String::trim)
        .map(s -> s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2
            ? s.substring(1, s.length() - 1).replace("\"\"", "\"")
            : dev.strata.model.catalog.Name.asciiLower(s))
        .toList();
  }
}
