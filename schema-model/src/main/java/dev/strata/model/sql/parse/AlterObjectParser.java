package dev.strata.model.sql.parse;

import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.StringLit;
import dev.strata.model.sql.ast.Statement;
import java.util.Optional;

/**
 * ALTER of objects other than tables: RENAME TO, SET SCHEMA, OWNER TO (no effect), enum value
 * changes, ALTER SEQUENCE options and ALTER TRIGGER ... RENAME. Forms we do not model become
 * {@code NoEffect} when they cannot change the catalog we track, else {@code Unsupported}.
 */
final class AlterObjectParser {
  private AlterObjectParser() {}

  /** Cursor after {@code ALTER} and the kind words. */
  static Statement alter(TokenCursor c, ObjectKind kind, int kindStart) {
    if (kind == ObjectKind.TRIGGER) {
      return alterTrigger(c);
    }
    boolean ifExists = c.acceptWords("if", "exists");
    QualifiedName name;
    if (kind == ObjectKind.FUNCTION || kind == ObjectKind.PROCEDURE || kind == ObjectKind.AGGREGATE) {
      name = DropParser.functionRef(c).name();
    } else if (kind == ObjectKind.SCHEMA) {
      name = QualifiedName.of(c.ident());
    } else {
      name = c.qualifiedName();
    }
    String label = "ALTER " + kind.sql();
    if (c.acceptWords("rename", "to")) {
      Ident to = c.ident();
      c.expectEnd();
      return new Statement.Rename(kind, name, to, ifExists, c.statementRange());
    }
    if (c.acceptWords("set", "schema")) {
      Ident schema = c.ident();
      c.expectEnd();
      return new Statement.SetObjectSchema(kind, name, schema, ifExists, c.statementRange());
    }
    if (c.isWords("owner", "to")) {
      return new Statement.NoEffect(label + " OWNER TO", Optional.of(name), c.statementRange());
    }
    if (kind == ObjectKind.TYPE) {
      return alterType(c, name);
    }
    if (kind == ObjectKind.SEQUENCE) {
      var options = SequenceParser.options(c);
      if (c.atEnd()) {
        return new Statement.AlterSequence(name, ifExists, options, c.statementRange());
      }
      return new Statement.NoEffect(label, Optional.of(name), c.statementRange());
    }
    if (kind == ObjectKind.INDEX || kind == ObjectKind.FUNCTION || kind == ObjectKind.PROCEDURE) {
      return new Statement.NoEffect(label, Optional.of(name), c.statementRange());
    }
    return new Statement.Unsupported(label + " " + c.words(c.pos, 2), c.statementRange());
  }

  private static Statement alterType(TokenCursor c, QualifiedName name) {
    if (c.acceptWords("add", "value")) {
      boolean ifNotExists = c.acceptWords("if", "not", "exists");
      StringLit label = c.stringLit();
      Optional<Boolean> before = Optional.empty();
      Optional<StringLit> neighbor = Optional.empty();
      if (c.isWord("before") || c.isWord("after")) {
        before = Optional.of(c.next().isWord("before"));
        neighbor = Optional.of(c.stringLit());
      }
      c.expectEnd();
      return new Statement.AlterEnumAddValue(name, label, ifNotExists, before, neighbor, c.statementRange());
    }
    if (c.acceptWords("rename", "value")) {
      StringLit from = c.stringLit();
      c.expectWord("to");
      StringLit to = c.stringLit();
      c.expectEnd();
      return new Statement.AlterEnumRenameValue(name, from, to, c.statementRange());
    }
    return new Statement.Unsupported("ALTER TYPE " + c.words(c.pos, 2), c.statementRange());
  }

  private static Statement alterTrigger(TokenCursor c) {
    Ident name = c.ident();
    c.expectWord("on");
    QualifiedName table = c.qualifiedName();
    if (c.acceptWords("rename", "to")) {
      Ident to = c.ident();
      c.expectEnd();
      return new Statement.RenameOnTable(ObjectKind.TRIGGER, name, table, to, c.statementRange());
    }
    return new Statement.NoEffect("ALTER TRIGGER", Optional.of(table), c.statementRange());
  }

  /** {@code ALTER POLICY name ON table ...}: no effect, but the table must exist. */
  static Statement alterPolicy(TokenCursor c) {
    c.ident();
    c.expectWord("on");
    QualifiedName table = c.qualifiedName();
    return new Statement.NoEffect("ALTER POLICY", Optional.of(table), c.statementRange());
  }
}
