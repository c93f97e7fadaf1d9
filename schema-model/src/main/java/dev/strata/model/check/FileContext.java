package dev.strata.model.check;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Fix;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.function.Consumer;

/** What a {@link FileCheck} sees: the migration and every statement of it, in order. */
public final class FileContext {
  private final Migration migration;
  private final List<ParsedStatement> statements;
  private final Consumer<Diagnostic> sink;

  FileContext(Migration migration, List<ParsedStatement> statements, Consumer<Diagnostic> sink) {
    this.migration = migration;
    this.statements = List.copyOf(statements);
    this.sink = sink;
  }

  public Migration migration() {
    return migration;
  }

  public List<ParsedStatement> statements() {
    return statements;
  }

  /** Reports a finding at {@code range} of this migration's file; {@code help} may be null. */
  public void report(DiagnosticCode code, TextRange range, String message, String help, List<Fix> fixes) {
    sink.accept(build(migration, code, range, message, help, fixes));
  }

  static Diagnostic build(Migration m, DiagnosticCode code, TextRange range, String message, String help,
      List<Fix> fixes) {
    return Diagnostic.of(code, new FileRange(m.file(), range), message).withHelp(help).withFixes(fixes);
  }
}
