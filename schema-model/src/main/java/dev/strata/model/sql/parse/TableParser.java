package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.OnCommit;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.Statement.CreateTable;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code CREATE TABLE} in all its shapes: column lists, {@code PARTITION OF}, and {@code AS query}.
 * {@code persistence} is pg_class.relpersistence: {@code p} permanent, {@code u} unlogged,
 * {@code t} temporary.
 */
final class TableParser {
  private TableParser() {}

  static final String[][] WITH_DATA = {{"with", "no", "data"}, {"with", "data"}};

  /** Cursor after {@code TABLE}. */
  static Statement createTable(TokenCursor c, String persistence) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    QualifiedName name = c.qualifiedName();
    if (isCreateTableAs(c)) {
      List<Ident> cols = c.is(TokenKind.LPAREN) ? c.parenIdentList() : List.of();
      Optional<OnCommit> onCommit = storageOptions(c);
      c.expectWord("as");
      Expr query = c.restExcept(WITH_DATA);
      return new Statement.CreateTableAs(name, ifNotExists, cols, query, c.statementRange(), persistence, onCommit);
    }
    Body body = new Body();
    Optional<QualifiedName> partitionOf = Optional.empty();
    if (c.acceptWords("partition", "of")) {
      partitionOf = Optional.of(c.qualifiedName());
      if (c.is(TokenKind.LPAREN)) {
        c.skipParens();
      }
      partitionBound(c);
    } else if (c.acceptWord("of")) {
      return new Statement.Unsupported("CREATE TABLE OF", c.statementRange());
    } else {
      elements(c, body);
    }
    Tail tail = tail(c);
    return new CreateTable(name, ifNotExists, persistence, body.columns, body.constraints, body.likes,
        partitionOf, tail.partitionBy, tail.inherits, c.statementRange(), tail.onCommit);
  }

  /** CREATE TABLE ... AS has a word AS outside parentheses; a table definition never does. */
  private static boolean isCreateTableAs(TokenCursor c) {
    int depth = 0;
    for (int i = c.pos; i < c.size(); i++) {
      var t = c.token(i);
      if (t.is(TokenKind.LPAREN)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.isWord("as")) {
        return true;
      }
    }
    return false;
  }

  /** {@code FOR VALUES IN (..) | FROM (..) TO (..) | WITH (..)} or {@code DEFAULT}. */
  static void partitionBound(TokenCursor c) {
    if (c.acceptWord("default")) {
      return;
    }
    c.expectWords("for", "values");
    if (c.acceptWord("in") || c.acceptWord("with")) {
      c.skipParens();
    } else {
      c.expectWord("from");
      c.skipParens();
      c.expectWord("to");
      c.skipParens();
    }
  }

  private static final class Body {
    final List<ColumnDef> columns = new ArrayList<>();
    final List<TableConstraint> constraints = new ArrayList<>();
    final List<CreateTable.Like> likes = new ArrayList<>();
  }

  private static void elements(TokenCursor c, Body body) {
    c.expect(TokenKind.LPAREN);
    if (c.accept(TokenKind.RPAREN)) {
      return;
    }
    do {
      if (c.isWord("like")) {
        body.likes.add(like(c));
      } else if (ConstraintParser.startsTableConstraint(c)) {
        body.constraints.add(ConstraintParser.tableConstraint(c));
      } else {
        body.columns.add(ColumnParser.column(c));
      }
    } while (c.accept(TokenKind.COMMA));
    c.expect(TokenKind.RPAREN);
  }

  private static CreateTable.Like like(TokenCursor c) {
    int start = c.pos;
    c.expectWord("like");
    QualifiedName source = c.qualifiedName();
    List<String> including = new ArrayList<>();
    List<String> excluding = new ArrayList<>();
    while (c.isWord("including") || c.isWord("excluding")) {
      boolean in = c.next().isWord("including");
      String option = c.label().value().toUpperCase(Locale.ROOT);
      (in ? including : excluding).add(option);
    }
    return new CreateTable.Like(source, including, excluding, c.rangeFrom(start));
  }

  private static final class Tail {
    Optional<String> partitionBy = Optional.empty();
    List<QualifiedName> inherits = List.of();
    Optional<OnCommit> onCommit = Optional.empty();
  }

  /** INHERITS, PARTITION BY, USING, WITH, WITHOUT OIDS, ON COMMIT, TABLESPACE in order, then the end. */
  private static Tail tail(TokenCursor c) {
    Tail t = new Tail();
    if (c.acceptWord("inherits")) {
      c.expect(TokenKind.LPAREN);
      t.inherits = c.qualifiedNameList();
      c.expect(TokenKind.RPAREN);
    }
    if (c.acceptWords("partition", "by")) {
      int start = c.pos;
      c.label();
      c.skipParens();
      t.partitionBy = Optional.of(c.rangeFrom(start).slice(c.src));
    }
    t.onCommit = storageOptions(c);
    c.expectEnd();
    return t;
  }

  /** {@code [USING method] [WITH (..) | WITHOUT OIDS] [ON COMMIT ...] [TABLESPACE t]}; returns the ON COMMIT. */
  private static Optional<OnCommit> storageOptions(TokenCursor c) {
    if (c.acceptWord("using")) {
      c.ident();
    }
    if (c.isWord("with") && c.isAt(1, TokenKind.LPAREN)) {
      c.pos++;
      c.skipParens();
    }
    c.acceptWords("without", "oids");
    Optional<OnCommit> onCommit = Optional.empty();
    if (c.acceptWords("on", "commit")) {
      if (c.acceptWords("preserve", "rows")) {
        onCommit = Optional.of(OnCommit.PRESERVE_ROWS);
      } else if (c.acceptWords("delete", "rows")) {
        onCommit = Optional.of(OnCommit.DELETE_ROWS);
      } else {
        c.expectWord("drop");
        onCommit = Optional.of(OnCommit.DROP);
      }
    }
    if (c.acceptWord("tablespace")) {
      c.ident();
    }
    return onCommit;
  }
}
