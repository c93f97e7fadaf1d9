package dev.strata.model.sql.parse;

import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of the parser: dispatches on a statement's leading words. Never throws on user input:
 * lexical problems (unterminated quotes, stray characters) and syntax errors become
 * {@link Statement.ParseError} with PostgreSQL's wording.
 */
public final class DdlParser {
  private DdlParser() {}

  /** Object kinds that exist in PostgreSQL but that we do not model: CREATE/ALTER/DROP of them is Unsupported. */
  private static final Set<String> UNMODELLED_KINDS = Set.of("access", "aggregate", "cast", "collation",
      "conversion", "event", "foreign", "language", "operator", "publication", "routine", "rule", "server",
      "statistics", "subscription", "text", "transform", "trusted", "procedural", "large", "default");

  /** Object kinds that only concern roles, databases and storage: no effect on the schema. */
  private static final Set<String> NO_EFFECT_KINDS = Set.of("role", "user", "group", "database", "system",
      "owned", "tablespace");

  private static final Set<String> SECOND_KIND_WORDS = Set.of("method", "trigger", "table", "data", "search",
      "class", "family", "mapping", "object", "privileges", "conversion", "wrapper");

  /** Parses one statement of {@code source}. */
  public static Statement parse(String source, RawStatement raw) {
    for (Token t : raw.tokens()) {
      if (t.unterminated() || t.is(TokenKind.INVALID)) {
        return new Statement.ParseError(lexicalMessage(t), t.range(), raw.range());
      }
    }
    TokenCursor c = new TokenCursor(source, raw.tokens(), raw.range());
    try {
      return statement(c);
    } catch (ParseFailure f) {
      return new Statement.ParseError(f.getMessage(), f.at(), raw.range());
    } catch (RuntimeException e) {
      // A bug in the parser must not hide the rest of the file; the message makes it visible.
      return new Statement.ParseError("internal parser error: " + e, raw.first().range(), raw.range());
    } catch (StackOverflowError e) {
      // Nesting deeper than this thread's stack: PostgreSQL gives up too (54001), and so does this statement.
      return new Statement.ParseError("stack depth limit exceeded", raw.first().range(), raw.range());
    }
  }

  /** PostgreSQL's scanner messages for a token it cannot accept. */
  public static String lexicalMessage(Token t) {
    String text = t.text();
    String what;
    if (t.is(TokenKind.INVALID)) {
      return "syntax error at or near \"" + text + "\"";
    } else if (t.is(TokenKind.QUOTED_IDENT)) {
      what = "unterminated quoted identifier";
    } else if (t.is(TokenKind.DOLLAR_STRING)) {
      what = "unterminated dollar-quoted string";
    } else if (t.is(TokenKind.BLOCK_COMMENT)) {
      what = "unterminated /* comment";
    } else {
      what = "unterminated quoted string";
    }
    return what + " at or near \"" + text + "\"";
  }

  private static Statement statement(TokenCursor c) {
    String w = c.word();
    switch (w) {
      case "create" -> {
        c.pos++;
        return create(c);
      }
      case "alter" -> {
        c.pos++;
        return alter(c);
      }
      case "drop" -> {
        c.pos++;
        return DropParser.drop(c);
      }
      case "comment" -> {
        c.pos++;
        c.expectWord("on");
        return SessionParser.comment(c);
      }
      case "set" -> {
        c.pos++;
        return SessionParser.set(c);
      }
      case "reset" -> {
        c.pos++;
        return SessionParser.reset(c);
      }
      case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" -> {
        return SessionParser.transaction(c);
      }
      case "do" -> {
        c.pos++;
        return new Statement.DoBlock(c.rest(), c.statementRange());
      }
      default -> {
        Statement s = UtilityParser.dmlOrUtility(c);
        if (s == null) {
          throw c.error();
        }
        return s;
      }
    }
  }

  private static Statement create(TokenCursor c) {
    boolean orReplace = c.acceptWords("or", "replace");
    if (!c.acceptWord("global")) {
      c.acceptWord("local");
    }
    String persistence = "p";
    if (c.acceptWord("temp") || c.acceptWord("temporary")) {
      persistence = "t";
    } else if (c.acceptWord("unlogged")) {
      persistence = "u";
    }
    int kindStart = c.pos;
    boolean unique = c.acceptWord("unique");
    String w = c.word();
    if (unique && !w.equals("index")) {
      throw c.error();
    }
    if (!w.isEmpty()) {
      c.pos++;
    }
    switch (w) {
      case "table" -> {
        return TableParser.createTable(c, persistence);
      }
      case "index" -> {
        return IndexParser.createIndex(c, unique);
      }
      case "sequence" -> {
        return CreateObjectParser.createSequence(c);
      }
      case "view", "recursive" -> {
        if (w.equals("recursive")) {
          c.expectWord("view");
        }
        return CreateObjectParser.createView(c, orReplace, false);
      }
      case "materialized" -> {
        c.expectWord("view");
        return CreateObjectParser.createView(c, orReplace, true);
      }
      case "function", "procedure" -> {
        return RoutineParser.createRoutine(c, orReplace, w.equals("procedure"));
      }
      case "constraint", "trigger" -> {
        if (w.equals("constraint")) {
          c.expectWord("trigger");
        }
        return RoutineParser.createTrigger(c, orReplace);
      }
      case "type" -> {
        return CreateObjectParser.createType(c);
      }
      case "domain" -> {
        return CreateObjectParser.createDomain(c);
      }
      case "schema" -> {
        return CreateObjectParser.createSchema(c);
      }
      case "extension" -> {
        return CreateObjectParser.createExtension(c);
      }
      case "policy" -> {
        return UtilityParser.policy(c, "CREATE POLICY");
      }
      default -> {
        c.pos = kindStart;
        return otherStatement(c, "CREATE", kindStart);
      }
    }
  }

  private static Statement alter(TokenCursor c) {
    int kindStart = c.pos;
    if (c.acceptWord("table")) {
      return AlterTableParser.alterTable(c);
    }
    if (c.acceptWord("policy")) {
      return UtilityParser.policy(c, "ALTER POLICY");
    }
    if (c.isWord("extension")) {
      return new Statement.NoEffect("ALTER EXTENSION", Optional.empty(), c.statementRange());
    }
    ObjectKind kind = ObjectKinds.read(c);
    if (kind == null || kind == ObjectKind.EXTENSION || kind == ObjectKind.RULE || kind == ObjectKind.COLUMN
        || kind == ObjectKind.CONSTRAINT || kind == ObjectKind.POLICY || kind == ObjectKind.TABLE) {
      c.pos = kindStart;
      return otherStatement(c, "ALTER", kindStart);
    }
    return AlterObjectParser.alter(c, kind, kindStart);
  }

  /**
   * A CREATE/ALTER/DROP of an object kind we know exists but do not model: {@code NoEffect} for
   * roles, databases and tablespaces, {@code Unsupported} for the rest; an unknown kind is a syntax error.
   */
  static Statement otherStatement(TokenCursor c, String verb, int kindStart) {
    c.pos = kindStart;
    String first = c.word();
    boolean twoWords = c.peek(1) != null && SECOND_KIND_WORDS.contains(
        c.peek(1).text().toLowerCase(Locale.ROOT)) && c.isAt(1, TokenKind.WORD);
    String kind = verb + " " + c.words(kindStart, twoWords ? 2 : 1);
    if (NO_EFFECT_KINDS.contains(first) || kind.equals("ALTER DEFAULT PRIVILEGES")) {
      return new Statement.NoEffect(kind, Optional.empty(), c.statementRange());
    }
    if (UNMODELLED_KINDS.contains(first) || kind.equals("CREATE TABLESPACE")) {
      return new Statement.Unsupported(kind, c.statementRange());
    }
    throw c.error();
  }
}
