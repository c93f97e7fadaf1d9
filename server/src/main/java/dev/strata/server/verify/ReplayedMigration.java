package dev.strata.server.verify;

import dev.strata.model.migration.Migration;
import dev.strata.model.snapshot.SchemaSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration as PostgreSQL ran it: the error it stopped at, if any, and the schema afterwards
 * (after a failure, what the rollback left: the state before it, or the part a non-transactional
 * migration had already done).
 */
public record ReplayedMigration(Migration migration, Optional<PgError> error, SchemaSnapshot after, double seconds) {
  public ReplayedMigration {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(after, "after");
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
