package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.StringLit;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CREATE TYPE, DOMAIN, SEQUENCE, VIEW, SCHEMA and EXTENSION; each entry point starts after the kind word. */
final class CreateObjectParser {
  private CreateObjectParser() {}

  private static final Set<String> DOMAIN_DEFAULT_STOP = Set.of("not", "null", "constraint", "check", "collate");

  private static final String[][] VIEW_SUFFIXES = {{"with", "no", "data"}, {"with", "data"},
      {"with", "cascaded", "check", "option"}, {"with", "local", "check", "option"}, {"with", "check", "option"}};

  static Statement createType(TokenCursor c) {
    QualifiedName name = c.qualifiedName();
    if (!c.acceptWord("as")) {
      return new Statement.Unsupported("CREATE TYPE", c.statementRange());
    }
    if (c.acceptWord("enum")) {
      c.expect(TokenKind.LPAREN);
      List<StringLit> labels = new ArrayList<>();
      if (!c.is(TokenKind.RPAREN)) {
        do {
          labels.add(c.stringLit());
        } while (c.accept(TokenKind.COMMA));
      }
      c.expect(TokenKind.RPAREN);
      c.expectEnd();
      return new Statement.CreateEnum(name, labels, c.statementRange());
    }
    if (c.acceptWord("range")) {
      return rangeType(c, name);
    }
    c.expect(TokenKind.LPAREN);
    List<ColumnDef> attrs = new ArrayList<>();
    if (!c.is(TokenKind.RPAREN)) {
      do {
        attrs.add(ColumnParser.column(c));
      } while (c.accept(TokenKind.COMMA));
    }
    c.expect(TokenKind.RPAREN);
    c.expectEnd();
    return new Statement.CreateCompositeType(name, attrs, c.statementRange());
  }

  /** The options list of {@code CREATE TYPE name AS RANGE (...)}; SUBTYPE is required, as in PostgreSQL. */
  private static Statement rangeType(TokenCursor c, QualifiedName name) {
    c.expect(TokenKind.LPAREN);
    TypeName subtype = null;
    Optional<QualifiedName> multirange = Optional.empty();
    do {
      String option = c.word();
      if (option.isEmpty()) {
        throw c.error();
      }
      c.next();
      if (!c.acceptOperator("=")) {
        throw c.error();
      }
      if (option.equals("subtype")) {
        subtype = TypeParser.parse(c);
      } else if (option.equals("multirange_type_name")) {
        multirange = Optional.of(c.qualifiedName());
      } else {
        c.skipToComma();
      }
    } while (c.accept(TokenKind.COMMA));
    c.expect(TokenKind.RPAREN);
    c.expectEnd();
    if (subtype == null) {
      throw c.error();
    }
    return new Statement.CreateRangeType(name, subtype, multirange, c.statementRange());
  }

  static Statement createDomain(TokenCursor c) {
    QualifiedName name = c.qualifiedName();
    c.acceptWord("as");
    TypeName base = TypeParser.parse(c);
    boolean notNull = false;
    Optional<Expr> dflt = Optional.empty();
    List<TableConstraint> checks = new ArrayList<>();
    while (!c.atEnd()) {
      int start = c.pos;
      ConstraintBuilder b = new ConstraintBuilder();
      if (c.acceptWord("constraint")) {
        b.name = Optional.of(c.ident());
      }
      if (c.acceptWords("not", "null")) {
        notNull = true;
      } else if (c.acceptWord("null")) {
        notNull = false;
      } else if (c.acceptWord("default")) {
        dflt = Optional.of(c.exprUntil(x -> DOMAIN_DEFAULT_STOP.contains(x.word())));
      } else if (c.acceptWord("collate")) {
        c.qualifiedName();
      } else {
        c.expectWord("check");
        b.kind = TableConstraint.Kind.CHECK;
        b.check = Optional.of(c.parenExpr());
        ConstraintParser.attributes(c, b);
        checks.add(b.build(c.rangeFrom(start)));
      }
    }
    return new Statement.CreateDomain(name, base, notNull, dflt, checks, c.statementRange());
  }

  static Statement createSequence(TokenCursor c) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    QualifiedName name = c.qualifiedName();
    var options = SequenceParser.options(c);
    c.expectEnd();
    return new Statement.CreateSequence(name, ifNotExists, options, c.statementRange());
  }

  /** Cursor after {@code VIEW}. */
  static Statement createView(TokenCursor c, boolean orReplace, boolean materialized) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    QualifiedName name = c.qualifiedName();
    List<Ident> cols = c.is(TokenKind.LPAREN) ? c.parenIdentList() : List.of();
    if (c.acceptWord("using")) {
      c.ident();
    }
    if (c.acceptWord("with")) {
      c.skipParens();
    }
    if (c.acceptWord("tablespace")) {
      c.ident();
    }
    c.expectWord("as");
    Expr query = c.restExcept(VIEW_SUFFIXES);
    return new Statement.CreateView(name, orReplace, materialized, ifNotExists, cols, query, c.statementRange());
  }

  static Statement createSchema(TokenCursor c) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    Ident name;
    if (c.acceptWord("authorization")) {
      name = c.ident();
    } else {
      name = c.ident();
      if (c.acceptWord("authorization")) {
        c.ident();
      }
    }
    c.expectEnd();
    return new Statement.CreateSchema(name, ifNotExists, c.statementRange());
  }

  static Statement createExtension(TokenCursor c) {
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    Ident name = c.ident();
    c.acceptWord("with");
    Optional<Ident> schema = Optional.empty();
    while (!c.atEnd()) {
      if (c.acceptWord("schema")) {
        schema = Optional.of(c.ident());
      } else if (c.acceptWord("version") || c.acceptWord("from")) {
        c.next();
      } else {
        c.expectWord("cascade");
      }
    }
    return new Statement.CreateExtension(name, ifNotExists, schema, c.statementRange());
  }
}
