package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.ForeignKeyRef;
import dev.strata.model.sql.ast.ForeignKeyRef.FkAction;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TableConstraint.Kind;
import java.util.List;
import java.util.Optional;

/**
 * Table constraints ({@code [CONSTRAINT n] PRIMARY KEY (..) | UNIQUE | CHECK | FOREIGN KEY | EXCLUDE}
 * with their trailing attributes) and the REFERENCES clause shared with inline constraints.
 */
final class ConstraintParser {
  private ConstraintParser() {}

  /** True when a table element at the cursor is a constraint rather than a column. */
  static boolean startsTableConstraint(TokenCursor c) {
    return c.isAnyWord("constraint", "primary", "unique", "check", "foreign", "exclude");
  }

  /** Reads a table-level constraint, including ALTER TABLE's {@code PRIMARY KEY USING INDEX idx}. */
  static TableConstraint tableConstraint(TokenCursor c) {
    int start = c.pos;
    ConstraintBuilder b = new ConstraintBuilder();
    if (c.acceptWord("constraint")) {
      b.name = Optional.of(c.ident());
    }
    if (c.acceptWords("primary", "key")) {
      b.kind = Kind.PRIMARY_KEY;
      keyBody(c, b);
    } else if (c.acceptWord("unique")) {
      b.kind = Kind.UNIQUE;
      nullsDistinct(c, b);
      keyBody(c, b);
    } else if (c.acceptWord("check")) {
      b.kind = Kind.CHECK;
      b.check = Optional.of(c.parenExpr());
      b.noInherit = c.acceptWords("no", "inherit");
    } else if (c.acceptWords("foreign", "key")) {
      b.kind = Kind.FOREIGN_KEY;
      b.columns = c.parenIdentList();
      c.expectWord("references");
      b.references = Optional.of(references(c));
    } else if (c.acceptWord("exclude")) {
      b.kind = Kind.EXCLUDE;
      exclude(c, b);
    } else {
      throw c.error();
    }
    attributes(c, b);
    return b.build(c.rangeFrom(start));
  }

  private static void nullsDistinct(TokenCursor c, ConstraintBuilder b) {
    if (c.acceptWords("nulls", "not", "distinct")) {
      b.nullsNotDistinct = true;
    } else {
      c.acceptWords("nulls", "distinct");
    }
  }

  /** {@code (cols) [INCLUDE (cols)] [WITH (..)] [USING INDEX TABLESPACE t]} or {@code USING INDEX idx}. */
  private static void keyBody(TokenCursor c, ConstraintBuilder b) {
    if (c.acceptWords("using", "index")) {
      b.usingIndex = Optional.of(c.ident());
      return;
    }
    b.columns = c.parenIdentList();
    indexParameters(c, b);
  }

  private static void indexParameters(TokenCursor c, ConstraintBuilder b) {
    if (c.acceptWord("include")) {
      b.include = c.parenIdentList();
    }
    if (c.isWord("with") && c.isAt(1, TokenKind.LPAREN)) {
      c.pos++;
      c.skipParens();
    }
    if (c.acceptWords("using", "index", "tablespace")) {
      c.ident();
    }
  }

  private static void exclude(TokenCursor c, ConstraintBuilder b) {
    if (c.acceptWord("using")) {
      b.method = Optional.of(c.ident().value());
    } else {
      b.method = Optional.of("btree");
    }
    b.check = Optional.of(c.parenExpr());
    indexParameters(c, b);
    if (c.acceptWord("where")) {
      c.parenExpr();
    }
  }

  /** {@code DEFERRABLE}, {@code NOT DEFERRABLE}, {@code INITIALLY ...}, {@code NOT VALID}, {@code NO INHERIT}. */
  static void attributes(TokenCursor c, ConstraintBuilder b) {
    while (true) {
      if (c.acceptWord("deferrable")) {
        b.deferrable = true;
      } else if (c.acceptWords("not", "deferrable")) {
        b.deferrable = false;
      } else if (c.acceptWords("initially", "deferred")) {
        b.initiallyDeferred = true;
        b.deferrable = true;
      } else if (c.acceptWords("initially", "immediate")) {
        b.initiallyDeferred = false;
      } else if (c.acceptWords("not", "valid")) {
        b.notValid = true;
      } else if (c.acceptWords("no", "inherit")) {
        b.noInherit = true;
      } else {
        return;
      }
    }
  }

  /** After {@code REFERENCES}: {@code table [(cols)] [MATCH x] [ON DELETE a] [ON UPDATE a]}. */
  static ForeignKeyRef references(TokenCursor c) {
    QualifiedName table = c.qualifiedName();
    List<Ident> cols = c.is(TokenKind.LPAREN) ? c.parenIdentList() : List.of();
    String match = "SIMPLE";
    FkAction onDelete = FkAction.NO_ACTION;
    FkAction onUpdate = FkAction.NO_ACTION;
    while (true) {
      if (c.acceptWord("match")) {
        match = c.label().value().toUpperCase(java.util.Locale.ROOT);
      } else if (c.acceptWords("on", "delete")) {
        onDelete = action(c);
      } else if (c.acceptWords("on", "update")) {
        onUpdate = action(c);
      } else {
        return new ForeignKeyRef(table, cols, onDelete, onUpdate, match);
      }
    }
  }

  private static FkAction action(TokenCursor c) {
    FkAction a;
    if (c.acceptWords("no", "action")) {
      a = FkAction.NO_ACTION;
    } else if (c.acceptWord("restrict")) {
      a = FkAction.RESTRICT;
    } else if (c.acceptWord("cascade")) {
      a = FkAction.CASCADE;
    } else if (c.acceptWords("set", "null")) {
      a = FkAction.SET_NULL;
    } else if (c.acceptWords("set", "default")) {
      a = FkAction.SET_DEFAULT;
    } else {
      throw c.error();
    }
    if ((a == FkAction.SET_NULL || a == FkAction.SET_DEFAULT) && c.is(TokenKind.LPAREN)) {
      c.parenIdentList();
    }
    return a;
  }
}
