package dev.strata.model.check;

import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;

/** Diagnostics about the checking itself rather than about the SQL. */
public final class CheckProblems {
  private CheckProblems() {}

  /** A suppression comment that suppressed nothing: stale after an edit, or a misspelt id. */
  public static final DiagnosticCode UNUSED_SUPPRESSION = DiagnosticCode.check("unused-suppression", Severity.WARNING);

  /** A rule threw: a bug in Strata, reported instead of crashing so the rest of the analysis stands. */
  public static final DiagnosticCode INTERNAL_ERROR = DiagnosticCode.check("internal-error", Severity.INFO);
}
