package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One migration analysed against the schema its predecessors left: every statement's result, the
 * catalog before and after, and the diagnostics of the whole file (statement problems plus
 * file-level ones such as transaction misuse).
 */
public record MigrationResult(
    int index, Migration migration, Catalog before, Catalog after, List<StatementResult> statements,
    List<Diagnostic> fileDiagnostics) {

  public MigrationResult {
    statements = List.copyOf(statements);
    fileDiagnostics = List.copyOf(fileDiagnostics);
  }

  /** What a deploy would make of this migration on its own. */
  public enum Status { OK, STUB, FAILS }

  public Status status() {
    if (firstError().isPresent()) {
      return Status.FAILS;
    }
    return statements.isEmpty() ? Status.STUB : Status.OK;
  }

  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(fileDiagnostics);
    for (StatementResult s : statements) {
      all.addAll(s.diagnostics());
    }
    all.sort((a, b) -> a.range().range().compareTo(b.range().range()));
    return all;
  }

  /** The first error in file order: where PostgreSQL would stop this migration. */
  public Optional<Diagnostic> firstError() {
    return diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst();
  }

  /** The statement whose range touches {@code offset}, or the last one that starts before it. */
  public Optional<StatementResult> statementAt(int offset) {
    StatementResult best = null;
    for (StatementResult s : statements) {
      if (s.parsed().statement().range().start() <= offset) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The catalog as it stands just before the statement at {@code offset} runs. */
  public Catalog catalogAt(int offset) {
    for (StatementResult s : statements) {
      if (s.parsed().statement().range().end() > offset) {
        return s.before();
      }
    }
    return after;
  }
}
