package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.Statement.DmlKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DML (kept whole as text for JSqlParser) and utility statements without schema effect (GRANT, LOCK,
 * VACUUM, REFRESH ...), which still name the table they touch when they name one.
 */
final class UtilityParser {
  private UtilityParser() {}

  private static final Set<String> NO_EFFECT = Set.of("grant", "revoke", "lock", "analyze", "analyse", "vacuum",
      "refresh", "cluster", "reindex", "notify", "listen", "unlisten", "discard", "checkpoint", "security",
      "prepare", "execute", "deallocate", "load", "reassign", "fetch", "close", "declare", "move", "show");

  /** A DML or utility statement at the cursor, or null if the first word starts neither. */
  static Statement dmlOrUtility(TokenCursor c) {
    String w = c.word();
    DmlKind kind = switch (w) {
      case "select", "values", "table" -> DmlKind.SELECT;
      case "insert" -> DmlKind.INSERT;
      case "update" -> DmlKind.UPDATE;
      case "delete" -> DmlKind.DELETE;
      case "merge" -> DmlKind.MERGE;
      case "truncate" -> DmlKind.TRUNCATE;
      case "copy" -> DmlKind.COPY;
      case "with" -> withKind(c);
      case "explain", "call" -> DmlKind.OTHER;
      default -> c.is(TokenKind.LPAREN) ? DmlKind.SELECT : null;
    };
    if (kind == DmlKind.SELECT && w.equals("select")) {
      Statement special = SelectFunctionParser.select(c);
      if (special != null) {
        return special;
      }
    }
    if (kind != null) {
      c.pos = 0;
      return new Statement.Dml(kind, c.rest(), c.statementRange());
    }
    if (!NO_EFFECT.contains(w)) {
      return null;
    }
    return new Statement.NoEffect(c.words(0, 1), target(c, w), c.statementRange());
  }

  /** The main statement after {@code WITH [RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] (..), ...}. */
  private static DmlKind withKind(TokenCursor c) {
    int save = c.pos;
    try {
      c.pos++;
      c.acceptWord("recursive");
      do {
        c.label();
        if (c.is(TokenKind.LPAREN)) {
          c.skipParens();
        }
        c.expectWord("as");
        c.acceptWord("not");
        c.acceptWord("materialized");
        c.skipParens();
      } while (c.accept(TokenKind.COMMA));
      String main = c.word();
      return switch (main) {
        case "insert" -> DmlKind.INSERT;
        case "update" -> DmlKind.UPDATE;
        case "delete" -> DmlKind.DELETE;
        case "merge" -> DmlKind.MERGE;
        default -> DmlKind.SELECT;
      };
    } catch (ParseFailure e) {
      return DmlKind.OTHER;
    } finally {
      c.pos = save;
    }
  }

  private static Optional<QualifiedName> target(TokenCursor c, String w) {
    try {
      c.pos = 1;
      switch (w) {
        case "lock" -> {
          c.acceptWord("table");
          c.acceptWord("only");
          return Optional.of(c.qualifiedName());
        }
        case "refresh" -> {
          c.expectWords("materialized", "view");
          c.acceptWord("concurrently");
          return Optional.of(c.qualifiedName());
        }
        case "cluster", "vacuum", "analyze", "analyse" -> {
          while (c.isAnyWord("verbose", "full", "freeze", "analyze", "analyse")) {
            c.pos++;
          }
          if (c.is(TokenKind.LPAREN)) {
            c.skipParens();
          }
          return c.isIdent() ? Optional.of(c.qualifiedName()) : Optional.empty();
        }
        case "reindex" -> {
          if (c.is(TokenKind.LPAREN)) {
            c.skipParens();
          }
          c.expectWord("table");
          c.acceptWord("concurrently");
          return Optional.of(c.qualifiedName());
        }
        case "grant", "revoke" -> {
          return grantTarget(c);
        }
        default -> {
          return Optional.empty();
        }
      }
    } catch (ParseFailure e) {
      return Optional.empty();
    }
  }

  /** {@code GRANT privileges ON [TABLE] name TO ...}: the table, when the object is one. */
  private static Optional<QualifiedName> grantTarget(TokenCursor c) {
    while (!c.atEnd() && !c.isWord("on")) {
      c.pos++;
    }
    c.expectWord("on");
    boolean table = c.acceptWord("table");
    if (!table && List.of("all", "schema", "sequence", "function", "procedure", "routine", "database", "domain",
        "foreign", "language", "large", "type", "tablespace", "parameter").contains(c.word())) {
      return Optional.empty();
    }
    return Optional.of(c.qualifiedName());
  }

  /** {@code CREATE/ALTER POLICY name ON table ...}. */
  static Statement policy(TokenCursor c, String kind) {
    c.ident();
    c.expectWord("on");
    QualifiedName table = c.qualifiedName();
    return new Statement.NoEffect(kind, Optional.of(table), c.statementRange());
  }
}
