package dev.strata.server.status;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the status table: a migration of the history (or a recorded one whose file is gone)
 * and where the database stands with it.
 *
 * @param name the migration's name ({@code 20241221_initial_clean_baseline}, {@code V2__orders}),
 *     or the bookkeeping table's label when there is no file
 * @param file the project-relative path of its file; empty for {@link State#MISSING_FILE}
 * @param detail what a person needs to act on it (checksums, the tool's error), or empty
 */
public record MigrationStatus(String name, Optional<String> file, State state, Optional<String> detail) {

  /** Where the database stands with one migration. */
  public enum State {
    /** Recorded as applied and the file still has the checksum it was applied with (or the tool keeps none). */
    APPLIED("applied", false),
    /** At or below a Flyway baseline: never run by the tool, counted as applied. */
    BELOW_BASELINE("baseline", false),
    /** Not recorded: the next deploy applies it. */
    PENDING("pending", false),
    /** Rolled back by hand after a failure (Prisma): the next deploy applies it again. */
    ROLLED_BACK("rolled-back", false),
    /** Recorded as failed: the tool refuses to deploy until someone resolves it. */
    FAILED("failed", true),
    /** Recorded as applied, but the file's checksum is no longer the recorded one. */
    CHANGED("changed", true),
    /** Recorded in the bookkeeping table, but no file of the history has its name or version. */
    MISSING_FILE("missing", true);

    private final String label;
    private final boolean needsAttention;

    State(String label, boolean needsAttention) {
      this.label = label;
      this.needsAttention = needsAttention;
    }

    /** The word the text and JSON reports use. */
    public String label() {
      return label;
    }

    /** True for states a deploy should not go ahead with (exit status 1). */
    public boolean needsAttention() {
      return needsAttention;
    }

    /** True when the migration's effects are in the database, so the drift model includes it. */
    public boolean inDatabase() {
      return this == APPLIED || this == BELOW_BASELINE || this == CHANGED;
    }
  }

  public MigrationStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }
}
