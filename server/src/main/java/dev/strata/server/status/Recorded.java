package dev.strata.server.status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a tool's bookkeeping table, one {@link AppliedRecord} per migration in the order
 * the table lists them.
 *
 * @param table {@code schema.table} as snapshot keys spell it; empty when the database has no such
 *     table (nothing was ever applied by the tool)
 * @param cumulative true for golang-migrate, which keeps only its latest version: every version
 *     below the recorded one counts as applied
 */
public record Recorded(Optional<String> table, List<AppliedRecord> records, boolean cumulative) {
  public Recorded {
    Objects.requireNonNull(table, "table");
    records = List.copyOf(records);
  }

  /** A database without the tool's table. */
  static Recorded none() {
    return new Recorded(Optional.empty(), List.of(), false);
  }
}
