package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/** A migration as its tool reads it, plus what is wrong with its markers (missing Up, open blocks). */
public record ReadMigration(Migration migration, List<Diagnostic> problems) {
  public ReadMigration {
    Objects.requireNonNull(migration, "migration");
    problems = List.copyOf(problems);
  }
}
