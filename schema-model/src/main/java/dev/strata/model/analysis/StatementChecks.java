package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * Checks that read a statement against the schema before it without changing the schema: syntax
 * errors and the table and column references of DML.
 */
final class StatementChecks {
  private StatementChecks() {}

  static void run(Migration m, ParsedStatement ps, Catalog before, List<Diagnostic> out) {
    Statement s = ps.statement();
    if (s instanceof Statement.ParseError pe) {
      out.add(AnalysisProblems.syntaxError(m.file(), pe.at(), pe.message(), m.name()));
    }
  }
}
