package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import java.util.List;

/**
 * The result of applying one statement. When {@link #failed()} the catalog is the one before the
 * statement and {@code events} is empty.
 */
public record Applied(Catalog after, List<Diagnostic> problems, List<ObjectEvent> events) {
  public Applied {
    problems = List.copyOf(problems);
    events = List.copyOf(events);
  }

  /** True when PostgreSQL would reject the statement (an error-severity catalog problem). */
  public boolean failed() {
    for (dev.strata.model.diag.Diagnostic d : problems) {
      if (d.severity() == dev.strata.model.diag.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }
}
