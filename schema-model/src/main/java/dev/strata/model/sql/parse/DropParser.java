package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.FunctionRef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code DROP kind [CONCURRENTLY] [IF EXISTS] names [CASCADE|RESTRICT]} and its routine/on-table forms. */
final class DropParser {
  private DropParser() {}

  /** Cursor after {@code DROP}. */
  static Statement drop(TokenCursor c) {
    int kindStart = c.pos;
    ObjectKind kind = ObjectKinds.read(c);
    if (kind == null) {
      return DdlParser.otherStatement(c, "DROP", kindStart);
    }
    switch (kind) {
      case FUNCTION, PROCEDURE, AGGREGATE -> {
        return dropRoutine(c, kind);
      }
      case TRIGGER, POLICY, RULE -> {
        return dropOnTable(c, kind);
      }
      case TABLE, VIEW, MATERIALIZED_VIEW, INDEX, SEQUENCE, TYPE, DOMAIN, SCHEMA, EXTENSION -> {
        boolean concurrently = kind == ObjectKind.INDEX && c.acceptWord("concurrently");
        boolean ifExists = c.acceptWords("if", "exists");
        List<QualifiedName> names = c.qualifiedNameList();
        boolean cascade = AlterTableParser.cascade(c);
        c.expectEnd();
        return new Statement.Drop(kind, names, ifExists, cascade, concurrently, c.statementRange());
      }
      default -> {
        return DdlParser.otherStatement(c, "DROP", kindStart);
      }
    }
  }

  private static Statement dropRoutine(TokenCursor c, ObjectKind kind) {
    boolean ifExists = c.acceptWords("if", "exists");
    List<FunctionRef> refs = new ArrayList<>();
    do {
      refs.add(functionRef(c));
    } while (c.accept(TokenKind.COMMA));
    boolean cascade = AlterTableParser.cascade(c);
    c.expectEnd();
    return new Statement.DropRoutine(kind, refs, ifExists, cascade, c.statementRange());
  }

  /** {@code name [( [mode] [argname] type, ... )]}: argument names and modes are skipped. */
  static FunctionRef functionRef(TokenCursor c) {
    QualifiedName name = c.qualifiedName();
    if (!c.is(TokenKind.LPAREN)) {
      return new FunctionRef(name, Optional.empty());
    }
    c.pos++;
    List<TypeName> types = new ArrayList<>();
    if (c.isOperator("*")) {
      c.pos++;
    } else if (!c.is(TokenKind.RPAREN)) {
      do {
        types.add(RoutineParser.arg(c).type());
      } while (c.accept(TokenKind.COMMA));
    }
    c.expect(TokenKind.RPAREN);
    return new FunctionRef(name, Optional.of(types));
  }

  private static Statement dropOnTable(TokenCursor c, ObjectKind kind) {
    boolean ifExists = c.acceptWords("if", "exists");
    Ident name = c.ident();
    c.expectWord("on");
    QualifiedName table = c.qualifiedName();
    boolean cascade = AlterTableParser.cascade(c);
    c.expectEnd();
    return new Statement.DropOnTable(kind, name, table, ifExists, cascade, c.statementRange());
  }
}
