package dev.strata.server.status;

import java.util.Objects;
import java.util.Optional;

/**
 * What a tool's bookkeeping table says about one migration (the row that decides, when a tool keeps
 * several per migration).
 *
 * @param key the migration's identity as {@link MigrationKeys} spells it for this tool (a Prisma
 *     folder name, a normalized Flyway version, a golang-migrate version without leading zeros)
 * @param label how the table names it, for rows without a file ({@code 20241219_fix}, {@code 1.2 add users})
 * @param checksum the recorded checksum, for the tools that keep one (Prisma, Flyway)
 * @param outcome what the tool made of it
 * @param detail the tool's own words about a failure (Prisma's {@code logs}), when it has any
 */
public record AppliedRecord(String key, String label, Optional<String> checksum, Outcome outcome,
    Optional<String> detail) {

  /** How a migration ended, according to the tool. */
  public enum Outcome {
    /** Applied and finished. */
    APPLIED,
    /** Started and not finished (Prisma), {@code success = false} (Flyway), dirty (golang-migrate). */
    FAILED,
    /** A failed Prisma attempt marked rolled back by {@code migrate resolve}: the next deploy applies it again. */
    ROLLED_BACK,
    /** Flyway's {@code BASELINE} row: every version at or below it counts as applied. */
    BASELINE
  }

  public AppliedRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  static AppliedRecord applied(String key, String label) {
    return new AppliedRecord(key, label, Optional.empty(), Outcome.APPLIED, Optional.empty());
  }
}
