package dev.strata.model.analysis;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;

/** Problems the analysis itself finds: text it cannot read, statements it does not model, misuse of transactions. */
public final class AnalysisProblems {
  private AnalysisProblems() {}

  public static final DiagnosticCode SYNTAX_ERROR = DiagnosticCode.syntax("syntax-error", Severity.ERROR, "42601");
  public static final DiagnosticCode AMBIGUOUS_COLUMN = DiagnosticCode.catalog("ambiguous-column", "42702");
  public static final DiagnosticCode QUERY_NOT_ANALYSED =
      DiagnosticCode.syntax("query-not-analysed", Severity.HINT, null);
  public static final DiagnosticCode ACTIVE_SQL_TRANSACTION =
      DiagnosticCode.catalog("in-transaction-block", "25001");

  static Diagnostic syntaxError(FileId file, TextRange at, String message, String migration) {
    return Diagnostic.of(SYNTAX_ERROR, new FileRange(file, at), message + " (" + migration + ")")
        .withHelp("PostgreSQL would reject this statement and stop the migration here. Fix the SQL; "
            + "the rest of the history is still analysed as if the statement were not there.");
  }

  static Diagnostic queryNotAnalysed(FileId file, TextRange range, String why) {
    return Diagnostic.of(QUERY_NOT_ANALYSED, new FileRange(file, range),
        "this statement's table and column references were not checked: " + why);
  }

  static Diagnostic inTransactionBlock(FileId file, TextRange range, String what, String migration) {
    return Diagnostic.of(ACTIVE_SQL_TRANSACTION, new FileRange(file, range),
        what + " cannot run inside a transaction block, and this statement runs in one at this point in history ("
            + migration + ")")
        .withHelp("Move the statement into a migration of its own (a single-statement file runs outside a "
            + "transaction), or turn the tool's transaction off for that migration.");
  }
}
