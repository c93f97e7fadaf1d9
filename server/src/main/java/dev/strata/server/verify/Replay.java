package dev.strata.server.verify;

import java.util.List;
import java.util.Optional;

/**
 * A history replayed on PostgreSQL: the migrations that ran, in order, up to and including the
 * first that failed, and the ones never run because of it.
 *
 * @param bookkeepingTable the tool's own table ({@code public._prisma_migrations}), created before
 *     the first migration as the tool does; to be ignored when comparing schemas
 */
public record Replay(Optional<String> bookkeepingTable, List<ReplayedMigration> migrations, int notRun) {
  public Replay {
    migrations = List.copyOf(migrations);
  }

  public Optional<ReplayedMigration> failure() {
    return migrations.stream().filter(m -> !m.ok()).findFirst();
  }
}
