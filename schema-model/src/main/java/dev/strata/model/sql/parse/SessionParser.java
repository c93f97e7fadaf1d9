package dev.strata.model.sql.parse;

import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.Statement.TransactionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SET/RESET, transaction control and COMMENT ON. */
final class SessionParser {
  private SessionParser() {}

  /**
   * Cursor after {@code SET}. Values are folded like identifiers (words lower-cased, quoted names
   * kept), strings unquoted, numbers as written, {@code DEFAULT} as {@code "default"}.
   */
  static Statement set(TokenCursor c) {
    boolean local = c.acceptWord("local");
    if (!local) {
      c.acceptWord("session");
    }
    if (c.isWord("transaction") || c.isWord("constraints") || c.isWord("characteristics")) {
      return new Statement.NoEffect("SET " + c.word().toUpperCase(Locale.ROOT), Optional.empty(), c.statementRange());
    }
    String variable;
    if (c.acceptWords("time", "zone")) {
      variable = "timezone";
    } else if (c.acceptWord("schema")) {
      variable = "search_path";
    } else if (c.acceptWord("names")) {
      variable = "client_encoding";
    } else if (c.acceptWord("role")) {
      variable = "role";
    } else if (c.acceptWords("authorization")) {
      variable = "session_authorization";
    } else {
      variable = variableName(c);
      if (c.acceptWords("from", "current")) {
        return new Statement.SetVariable(variable, List.of(), local, false, c.statementRange());
      }
      if (!c.acceptWord("to") && !c.acceptOperator("=")) {
        throw c.error();
      }
    }
    List<String> values = new ArrayList<>();
    if (!c.atEnd()) {
      do {
        values.add(value(c));
      } while (c.accept(TokenKind.COMMA));
    }
    c.expectEnd();
    return new Statement.SetVariable(variable, values, local, false, c.statementRange());
  }

  private static String variableName(TokenCursor c) {
    StringBuilder b = new StringBuilder(c.label().value());
    while (c.accept(TokenKind.DOT)) {
      b.append('.').append(c.label().value());
    }
    return b.toString();
  }

  private static String value(TokenCursor c) {
    Token t = c.next();
    if (t.is(TokenKind.STRING)) {
      return Literals.string(t);
    }
    if (t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT)) {
      if (t.isWord("interval") && c.is(TokenKind.STRING)) {
        return Literals.string(c.next());
      }
      return TokenCursor.toIdent(t).value();
    }
    if (t.isOperator("-") || t.isOperator("+")) {
      return t.text() + c.expect(TokenKind.NUMBER).text();
    }
    if (t.is(TokenKind.NUMBER)) {
      return t.text();
    }
    throw new ParseFailure("syntax error at or near \"" + t.text() + "\"", t.range());
  }

  /** Cursor after {@code RESET}. */
  static Statement reset(TokenCursor c) {
    String variable;
    if (c.acceptWords("time", "zone")) {
      variable = "timezone";
    } else if (c.acceptWords("session", "authorization")) {
      variable = "session_authorization";
    } else {
      variable = variableName(c);
    }
    c.expectEnd();
    return new Statement.SetVariable(variable, List.of(), false, true, c.statementRange());
  }

  /** The first word decides: BEGIN, START, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT, RELEASE. */
  static Statement transaction(TokenCursor c) {
    String w = c.next().text().toLowerCase(Locale.ROOT);
    TransactionKind kind;
    switch (w) {
      case "begin", "start" -> kind = TransactionKind.BEGIN;
      case "commit", "end" -> kind = TransactionKind.COMMIT;
      case "savepoint" -> kind = TransactionKind.SAVEPOINT;
      case "release" -> kind = TransactionKind.RELEASE;
      default -> {
        c.acceptWord("work");
        c.acceptWord("transaction");
        kind = c.isWord("to") ? TransactionKind.ROLLBACK_TO : TransactionKind.ROLLBACK;
      }
    }
    if (kind == TransactionKind.COMMIT && c.isWord("prepared")) {
      return new Statement.NoEffect("COMMIT PREPARED", Optional.empty(), c.statementRange());
    }
    return new Statement.Transaction(kind, c.statementRange());
  }

  /** Cursor after {@code COMMENT ON}. */
  static Statement comment(TokenCursor c) {
    ObjectKind kind = ObjectKinds.read(c);
    QualifiedName target;
    Optional<Ident> column = Optional.empty();
    Optional<Ident> onTable = Optional.empty();
    if (kind == null) {
      kind = ObjectKind.OTHER;
      c.label();
      target = c.qualifiedName();
    } else if (kind == ObjectKind.COLUMN) {
      QualifiedName full = c.qualifiedName();
      if (full.parts().size() < 2) {
        throw new ParseFailure("column name must be qualified", full.range());
      }
      column = Optional.of(full.last());
      target = new QualifiedName(full.parts().subList(0, full.parts().size() - 1));
    } else if (kind == ObjectKind.CONSTRAINT || kind == ObjectKind.TRIGGER || kind == ObjectKind.POLICY
        || kind == ObjectKind.RULE) {
      target = QualifiedName.of(c.ident());
      c.expectWord("on");
      if (kind == ObjectKind.CONSTRAINT) {
        c.acceptWord("domain");
      }
      onTable = Optional.of(c.qualifiedName().last());
    } else if (kind == ObjectKind.FUNCTION || kind == ObjectKind.PROCEDURE || kind == ObjectKind.AGGREGATE) {
      target = DropParser.functionRef(c).name();
    } else {
      target = c.qualifiedName();
    }
    c.expectWord("is");
    Optional<String> text = c.acceptWord("null") ? Optional.empty() : Optional.of(c.stringLit().value());
    c.expectEnd();
    return new Statement.Comment(kind, target, column, onTable, text, c.statementRange());
  }
}
