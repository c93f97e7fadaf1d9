package dev.strata.model.effect;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Statement;

/**
 * {@code DO $$ ... $$}: PostgreSQL runs the block without analysing it ahead; migrations use it for
 * guarded DDL ({@code BEGIN CREATE TYPE ...; EXCEPTION WHEN duplicate_object THEN NULL; END}).
 * We apply the DDL statements found in the body leniently: one that fails is skipped without a
 * problem, because the block may guard it (IF checks, exception handlers) in ways we do not model.
 */
final class DoBlocks {
  private DoBlocks() {}

  static void apply(Tx tx, Statement.DoBlock s) {
    for (Token t : s.body().tokens()) {
      if (t.is(TokenKind.DOLLAR_STRING)) {
        applyBody(tx, t);
      }
    }
  }

  private static void applyBody(Tx tx, Token t) {
    int open = t.text().indexOf('$', 1) + 1;
    int close = t.text().lastIndexOf('$', t.text().length() - 2);
    if (open <= 0 || close < open) {
      return;
    }
    String inner = t.text().substring(open, close);
    // Keep absolute offsets: the body is parsed at its own position in the file.
    String padded = " ".repeat(t.start() + open) + stripPlpgsql(inner);
    for (ParsedStatement ps : SqlParser.parse(padded)) {
      Statement st = ps.statement();
      if (st instanceof Statement.Unsupported || st instanceof Statement.ParseError || st instanceof Statement.Dml
          || st instanceof Statement.NoEffect || st instanceof Statement.Transaction) {
        continue;
      }
      Applied a = Effects.apply(tx.cat, st, tx.ctx);
      if (!a.failed()) {
        tx.cat = a.after();
        a.events().forEach(e -> tx.event(e.key(), e.kind(), e.detail()));
      }
    }
  }

  /** Blanks PL/pgSQL keywords that would glue onto the first statement (BEGIN, DECLARE, END, EXCEPTION ...). */
  static String stripPlpgsql(String body) {
    return body.replaceAll("(?i)\\b(BEGIN|END\\s+IF|END\\s+LOOP|END|DECLARE|THEN|ELSE)\\b", " ")
        .replaceAll("(?is)\\bEXCEPTION\\b.*", "");
  }
}
