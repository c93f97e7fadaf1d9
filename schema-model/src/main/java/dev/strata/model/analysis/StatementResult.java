package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.sql.ParsedStatement;
import java.util.List;

/**
 * One statement at its point in history: the schema before and after it, what it did and what is
 * wrong with it. {@code inTransaction} says whether PostgreSQL runs it inside a transaction block
 * under its tool's semantics.
 */
public record StatementResult(
    ParsedStatement parsed,
    Catalog before,
    Catalog after,
    List<Diagnostic> diagnostics,
    List<ObjectEvent> events,
    boolean inTransaction) {

  public StatementResult {
    diagnostics = List.copyOf(diagnostics);
    events = List.copyOf(events);
  }

  public boolean failed() {
    return diagnostics.stream().anyMatch(d -> d.severity() == dev.strata.model.diag.Severity.ERROR);
  }
}
