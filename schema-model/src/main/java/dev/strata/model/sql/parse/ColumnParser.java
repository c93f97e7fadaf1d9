package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.SequenceOptions;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TableConstraint.Kind;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column definition: {@code name type [constraint ...]}, where constraints are NOT NULL, NULL,
 * DEFAULT, GENERATED, COLLATE and inline PRIMARY KEY/UNIQUE/CHECK/REFERENCES, each optionally named
 * by {@code CONSTRAINT n} and followed by deferral attributes.
 */
final class ColumnParser {
  private ColumnParser() {}

  /** Words that end a DEFAULT expression at depth 0. */
  private static final Set<String> DEFAULT_STOP = Set.of("not", "null", "constraint", "primary", "unique",
      "check", "references", "generated", "collate", "deferrable", "initially", "default");

  private static final class State {
    boolean notNull;
    Optional<Expr> defaultValue = Optional.empty();
    Optional<ColumnDef.Identity> identity = Optional.empty();
    Optional<Expr> generated = Optional.empty();
    Optional<Ident> collation = Optional.empty();
    final List<TableConstraint> constraints = new ArrayList<>();
  }

  static ColumnDef column(TokenCursor c) {
    int start = c.pos;
    Ident name = c.ident();
    TypeName type = TypeParser.parse(c);
    State s = new State();
    while (constraint(c, s, name)) {
      // Each call consumed one constraint clause.
    }
    return new ColumnDef(name, type, s.notNull, s.defaultValue, s.identity, s.generated, s.collation,
        s.constraints, c.rangeFrom(start));
  }

  private static boolean constraint(TokenCursor c, State s, Ident column) {
    int start = c.pos;
    Optional<Ident> constraintName = Optional.empty();
    if (c.acceptWord("constraint")) {
      constraintName = Optional.of(c.ident());
    }
    if (c.acceptWords("not", "null")) {
      s.notNull = true;
    } else if (c.acceptWord("null")) {
      s.notNull = false;
    } else if (c.acceptWord("default")) {
      s.defaultValue = Optional.of(c.exprUntil(x -> x.is(TokenKind.COMMA) || DEFAULT_STOP.contains(x.word())));
    } else if (c.acceptWord("collate")) {
      s.collation = Optional.of(c.qualifiedName().last());
    } else if (c.acceptWord("generated")) {
      generated(c, s);
    } else if (c.isAnyWord("deferrable", "initially") || c.isWords("not", "deferrable")) {
      deferral(c, s);
    } else if (c.isAnyWord("primary", "unique", "check", "references")) {
      s.constraints.add(inline(c, constraintName, column, start));
    } else if (c.acceptWord("compression") || c.acceptWord("storage")) {
      c.label();
    } else if (constraintName.isPresent()) {
      throw c.error();
    } else {
      return false;
    }
    return true;
  }

  private static void generated(TokenCursor c, State s) {
    if (c.acceptWords("always", "as", "identity")) {
      s.identity = Optional.of(new ColumnDef.Identity(true, identityOptions(c)));
    } else if (c.acceptWords("by", "default", "as", "identity")) {
      s.identity = Optional.of(new ColumnDef.Identity(false, identityOptions(c)));
    } else {
      c.expectWords("always", "as");
      s.generated = Optional.of(c.parenExpr());
      c.expectWord("stored");
    }
  }

  /** {@code [( sequence options )]} after AS IDENTITY. */
  static SequenceOptions identityOptions(TokenCursor c) {
    if (!c.accept(TokenKind.LPAREN)) {
      return SequenceOptions.NONE;
    }
    SequenceOptions o = SequenceParser.options(c);
    c.expect(TokenKind.RPAREN);
    return o;
  }

  private static TableConstraint inline(TokenCursor c, Optional<Ident> name, Ident column, int start) {
    ConstraintBuilder b = new ConstraintBuilder();
    b.name = name;
    b.inline = true;
    b.columns = List.of(column);
    if (c.acceptWords("primary", "key")) {
      b.kind = Kind.PRIMARY_KEY;
      indexTail(c);
    } else if (c.acceptWord("unique")) {
      b.kind = Kind.UNIQUE;
      if (c.acceptWords("nulls", "not", "distinct")) {
        b.nullsNotDistinct = true;
      } else {
        c.acceptWords("nulls", "distinct");
      }
      indexTail(c);
    } else if (c.acceptWord("check")) {
      b.kind = Kind.CHECK;
      b.check = Optional.of(c.parenExpr());
      b.noInherit = c.acceptWords("no", "inherit");
    } else {
      c.expectWord("references");
      b.kind = Kind.FOREIGN_KEY;
      b.references = Optional.of(ConstraintParser.references(c));
    }
    return b.build(c.rangeFrom(start));
  }

  private static void indexTail(TokenCursor c) {
    if (c.isWord("with") && c.isAt(1, TokenKind.LPAREN)) {
      c.pos++;
      c.skipParens();
    }
    if (c.acceptWords("using", "index", "tablespace")) {
      c.ident();
    }
  }

  /** Deferral attributes written after an inline constraint modify that constraint. */
  private static void deferral(TokenCursor c, State s) {
    int start = c.pos;
    ConstraintBuilder b = new ConstraintBuilder();
    if (!s.constraints.isEmpty()) {
      TableConstraint last = s.constraints.get(s.constraints.size() - 1);
      b.deferrable = last.deferrable();
      b.initiallyDeferred = last.initiallyDeferred();
    }
    ConstraintParser.attributes(c, b);
    if (b.initiallyDeferred) {
      b.deferrable = true;
    }
    if (s.constraints.isEmpty()) {
      throw new ParseFailure("misplaced DEFERRABLE clause", c.rangeFrom(start));
    }
    int i = s.constraints.size() - 1;
    s.constraints.set(i, ConstraintBuilder.withDeferral(s.constraints.get(i), b.deferrable, b.initiallyDeferred,
        c.rangeFrom(start)));
  }
}
