package dev.strata.model.analysis;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Locale;

/** Statements PostgreSQL refuses inside a transaction block (PreventInTransactionBlock): SQLSTATE 25001. */
final class TransactionRules {
  private TransactionRules() {}

  /** Adds a 25001 error and returns true when {@code s} cannot run where it stands. */
  static boolean check(Migration m, ParsedStatement ps, boolean inTransaction, List<Diagnostic> out) {
    Statement s = ps.statement();
    if (!inTransaction) {
      return false;
    }
    String what = null;
    if (s instanceof Statement.CreateIndex ci && ci.concurrently()) {
      what = "CREATE INDEX CONCURRENTLY";
    } else if (s instanceof Statement.Drop d && d.concurrently()) {
      what = "DROP INDEX CONCURRENTLY";
    } else if (s instanceof Statement.NoEffect n) {
      String kind = n.kind().toUpperCase(Locale.ROOT);
      if (kind.startsWith("VACUUM") || kind.startsWith("CREATE DATABASE") || kind.startsWith("DROP DATABASE")
          || kind.startsWith("ALTER SYSTEM") || kind.startsWith("REINDEX CONCURRENTLY")) {
        what = kind;
      }
    }
    if (what == null) {
      return false;
    }
    TextRange at = ps.raw().tokens().stream().filter(t -> t.isWord("concurrently")).findFirst()
        .map(Token::range).orElse(s.range());
    out.add(AnalysisProblems.inTransactionBlock(m.file(), at, what, m.name()));
    return true;
  }
}
