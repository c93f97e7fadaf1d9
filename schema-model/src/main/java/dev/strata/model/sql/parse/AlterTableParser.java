package dev.strata.model.sql.parse;

import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, ...]}. Every sub-command becomes an
 * {@link AlterAction}; those without modelled effect become {@link AlterAction.Other} with their
 * text, never silently dropped. Unknown sub-commands are syntax errors.
 */
final class AlterTableParser {
  private AlterTableParser() {}

  /** First words of sub-commands that change nothing we model. */
  private static final Set<String> OTHER_STARTS = Set.of("owner", "enable", "disable", "force", "no", "set",
      "reset", "replica", "cluster", "inherit", "of", "not", "alter");

  /** Cursor after {@code ALTER TABLE}. */
  static Statement alterTable(TokenCursor c) {
    boolean ifExists = c.acceptWords("if", "exists");
    boolean only = c.acceptWord("only");
    QualifiedName name = c.qualifiedName();
    if (c.isOperator("*")) {
      c.pos++;
    }
    List<AlterAction> actions = new ArrayList<>();
    do {
      actions.add(action(c));
    } while (c.accept(TokenKind.COMMA));
    c.expectEnd();
    return new Statement.AlterTable(name, ifExists, only, actions, c.statementRange());
  }

  private static AlterAction action(TokenCursor c) {
    int start = c.pos;
    String w = c.word();
    switch (w) {
      case "add" -> {
        c.pos++;
        return add(c, start);
      }
      case "drop" -> {
        c.pos++;
        return drop(c, start);
      }
      case "alter" -> {
        if (c.isWords("alter", "constraint")) {
          return other(c, start);
        }
        c.pos++;
        c.acceptWord("column");
        return AlterColumnParser.alterColumn(c, c.ident(), start);
      }
      case "rename" -> {
        c.pos++;
        return rename(c, start);
      }
      case "validate" -> {
        c.pos++;
        c.expectWord("constraint");
        Ident n = c.ident();
        return new AlterAction.ValidateConstraint(n, c.rangeFrom(start));
      }
      case "attach", "detach" -> {
        return partition(c, start, w.equals("attach"));
      }
      default -> {
        if (c.isWords("set", "schema")) {
          c.pos += 2;
          Ident schema = c.ident();
          return new AlterAction.SetSchema(schema, c.rangeFrom(start));
        }
        if (OTHER_STARTS.contains(w)) {
          return other(c, start);
        }
        throw c.error();
      }
    }
  }

  private static AlterAction other(TokenCursor c, int start) {
    String text = c.skipToComma();
    return new AlterAction.Other(text, c.rangeFrom(start));
  }

  private static AlterAction add(TokenCursor c, int start) {
    if (ConstraintParser.startsTableConstraint(c)) {
      TableConstraint tc = ConstraintParser.tableConstraint(c);
      return new AlterAction.AddConstraint(tc, c.rangeFrom(start));
    }
    c.acceptWord("column");
    boolean ifNotExists = c.acceptWords("if", "not", "exists");
    ColumnDef col = ColumnParser.column(c);
    return new AlterAction.AddColumn(col, ifNotExists, c.rangeFrom(start));
  }

  private static AlterAction drop(TokenCursor c, int start) {
    if (c.acceptWord("constraint")) {
      boolean ifExists = c.acceptWords("if", "exists");
      Ident name = c.ident();
      boolean cascade = cascade(c);
      return new AlterAction.DropConstraint(name, ifExists, cascade, c.rangeFrom(start));
    }
    c.acceptWord("column");
    boolean ifExists = c.acceptWords("if", "exists");
    Ident column = c.ident();
    boolean cascade = cascade(c);
    return new AlterAction.DropColumn(column, ifExists, cascade, c.rangeFrom(start));
  }

  /** {@code [CASCADE | RESTRICT]}: true for CASCADE. */
  static boolean cascade(TokenCursor c) {
    if (c.acceptWord("cascade")) {
      return true;
    }
    c.acceptWord("restrict");
    return false;
  }

  private static AlterAction rename(TokenCursor c, int start) {
    if (c.acceptWord("to")) {
      Ident to = c.ident();
      return new AlterAction.RenameTable(to, c.rangeFrom(start));
    }
    boolean constraint = c.acceptWord("constraint");
    if (!constraint) {
      c.acceptWord("column");
    }
    Ident from = c.ident();
    c.expectWord("to");
    Ident to = c.ident();
    return constraint
        ? new AlterAction.RenameConstraint(from, to, c.rangeFrom(start))
        : new AlterAction.RenameColumn(from, to, c.rangeFrom(start));
  }

  private static AlterAction partition(TokenCursor c, int start, boolean attach) {
    c.pos++;
    c.expectWord("partition");
    QualifiedName part = c.qualifiedName();
    if (attach) {
      TableParser.partitionBound(c);
      return new AlterAction.AttachPartition(part, c.rangeFrom(start));
    }
    if (!c.acceptWord("concurrently")) {
      c.acceptWord("finalize");
    }
    return new AlterAction.DetachPartition(part, c.rangeFrom(start));
  }

  /** {@code ALTER [COLUMN] c ...} sub-commands. */
  static final class AlterColumnParser {
    private AlterColumnParser() {}

    static AlterAction alterColumn(TokenCursor c, Ident col, int start) {
      if (c.acceptWords("set", "data", "type") || c.acceptWord("type")) {
        return alterType(c, col, start);
      }
      if (c.acceptWords("set", "default")) {
        Expr value = c.exprToComma();
        return new AlterAction.SetDefault(col, value, c.rangeFrom(start));
      }
      if (c.acceptWords("drop", "default")) {
        return new AlterAction.DropDefault(col, c.rangeFrom(start));
      }
      if (c.acceptWords("set", "not", "null")) {
        return new AlterAction.SetNotNull(col, c.rangeFrom(start));
      }
      if (c.acceptWords("drop", "not", "null")) {
        return new AlterAction.DropNotNull(col, c.rangeFrom(start));
      }
      if (c.acceptWords("add", "generated")) {
        boolean always = c.acceptWord("always");
        if (!always) {
          c.expectWords("by", "default");
        }
        c.expectWords("as", "identity");
        ColumnDef.Identity identity = new ColumnDef.Identity(always, ColumnParser.identityOptions(c));
        return new AlterAction.AddIdentity(col, identity, c.rangeFrom(start));
      }
      if (c.acceptWords("drop", "identity")) {
        boolean ifExists = c.acceptWords("if", "exists");
        return new AlterAction.DropIdentity(col, ifExists, c.rangeFrom(start));
      }
      if (c.isAnyWord("set", "reset", "drop", "restart")) {
        String text = c.skipToComma();
        return new AlterAction.AlterColumnOther(col, text, c.rangeFrom(start));
      }
      throw c.error();
    }

    private static AlterAction alterType(TokenCursor c, Ident col, int start) {
      TypeName type = TypeParser.parse(c);
      Optional<Ident> collation = Optional.empty();
      if (c.acceptWord("collate")) {
        collation = Optional.of(c.qualifiedName().last());
      }
      Optional<Expr> using = Optional.empty();
      if (c.acceptWord("using")) {
        using = Optional.of(c.exprToComma());
      }
      return new AlterAction.AlterColumnType(col, type, collation, using, c.rangeFrom(start));
    }
  }
}
