package dev.strata.server.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies migration files, in the order given, to a fresh {@link ScratchDatabase}: each file as
 * one JDBC execution inside its own transaction, stopping at the first error.
 *
 * <p>This is a coarse stand-in for the pg-oracle (no per-tool bookkeeping, no error positions):
 * enough to pin which file fails, with which SQLSTATE and message, and that all others apply.
 */
final class HistoryReplay {

  /** The first error: the file (as given), its SQLSTATE and the server's message. */
  record Failure(String file, String sqlState, String message) {}

  /** Files that applied, in order, and the first failure if any. */
  record Result(List<String> applied, Optional<Failure> failure) {
    Result {
      applied = List.copyOf(applied);
    }
  }

  private HistoryReplay() {}

  /**
   * Replays {@code files} (relative to {@code dir}) after passing each text through {@code edit}.
   * Files whose text is only whitespace count as applied without a round trip.
   */
  static Result replay(Path dir, List<String> files, UnaryOperator<String> edit)
      throws IOException, SQLException {
    List<String> applied = new ArrayList<>();
    try (ScratchDatabase db = new ScratchDatabase("replay"); Connection c = db.connect()) {
      c.setAutoCommit(false);
      for (String file : files) {
        String sql = edit.apply(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
        Optional<Failure> failure = apply(c, file, sql);
        if (failure.isPresent()) {
          return new Result(applied, failure);
        }
        applied.add(file);
      }
    }
    return new Result(applied, Optional.empty());
  }

  private static Optional<Failure> apply(Connection c, String file, String sql) throws SQLException {
    if (sql.isBlank()) {
      return Optional.empty();
    }
    try (Statement st = c.createStatement()) {
      st.execute(sql);
      c.commit();
      return Optional.empty();
    } catch (SQLException e) {
      c.rollback();
      return Optional.of(new Failure(file, e.getSQLState(), firstLine(e.getMessage())));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").replaceFirst("^ERROR: ", "");
  }
}
