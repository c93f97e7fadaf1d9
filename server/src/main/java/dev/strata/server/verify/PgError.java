package dev.strata.server.verify;

import java.util.Objects;
import java.util.Optional;

/**
 * Why PostgreSQL rejected a migration, placed in the migration's file.
 *
 * @param offset the char offset in the file: the server's error position when it gave one, else
 *     the start of the failing statement (see {@code basis})
 * @param line 1-based line of {@code offset}
 * @param column 1-based column (UTF-16 units) of {@code offset}
 * @param basis {@code server} (PostgreSQL's cursor position), {@code statement} (the start of the
 *     statement found by re-running the migration statement by statement), or {@code file} (only
 *     the file is known; offset 0)
 */
public record PgError(
    String sqlState, String message, Optional<String> detail, Optional<String> hint, int offset, int line, int column,
    String basis) {
  public PgError {
    Objects.requireNonNull(sqlState, "sqlState");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(basis, "basis");
  }
}
