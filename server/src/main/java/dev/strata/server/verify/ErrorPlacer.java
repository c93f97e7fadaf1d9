package dev.strata.server.verify;

import dev.strata.model.migration.Migration;
import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Places PostgreSQL's errors in the migration file.
 *
 * <p>PostgreSQL's {@code P} field is a 1-based position in <em>characters</em> (code points) of the
 * text that was sent; it maps to the file by adding where that text starts. Errors raised while
 * executing (42703 on {@code DROP COLUMN}, 25001) carry no position: the migration, already rolled
 * back, is then re-run statement by statement inside {@code BEGIN ... ROLLBACK} to find the
 * statement that fails, as the pg-oracle does. Files with their own transaction control are not
 * re-run (a {@code COMMIT} would keep half of them); their errors stay at the file's first statement.
 */
final class ErrorPlacer {
  private static final Pattern TRANSACTION_CONTROL =
      Pattern.compile("^(?i)(BEGIN|START|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE\\s+TRANSACTION)\\b");

  private ErrorPlacer() {}

  /**
   * The error {@code server} reported for {@code sent}, which starts at {@code base} in {@code fileSql}.
   * Without a server position the error is at {@code base} with basis {@code statement} when
   * {@code sent} is one statement, else at 0 with basis {@code file}.
   */
  static PgError place(String fileSql, ServerErrorMessage server, String sent, int base, boolean oneStatement) {
    int position = server.getPosition();
    int offset;
    String basis;
    if (position > 0) {
      int codePoints = Math.min(position - 1, sent.codePointCount(0, sent.length()));
      offset = base + sent.offsetByCodePoints(0, codePoints);
      basis = "server";
    } else {
      offset = oneStatement ? base : 0;
      basis = oneStatement ? "statement" : "file";
    }
    return at(fileSql, server.getSQLState(), server.getMessage(), Optional.ofNullable(server.getDetail()),
        Optional.ofNullable(server.getHint()), offset, basis);
  }

  /** Finds the failing statement of an already rolled-back migration (see the class comment). */
  static PgError locate(Connection c, Migration m, PgError error) throws SQLException {
    String sql = m.sql();
    // Statement by statement, even inside goose StatementBegin/End blocks: only to find the culprit.
    List<TextRange> chunks = Splitter.split(sql).stream().map(RawStatement::range).toList();
    if (chunks.size() == 1 || chunks.stream().anyMatch(ch -> TRANSACTION_CONTROL.matcher(ch.slice(sql)).find())) {
      return moved(sql, error, chunks.get(0).start(), "statement");
    }
    execute(c, "BEGIN");
    try {
      for (TextRange chunk : chunks) {
        String text = chunk.slice(sql);
        try {
          execute(c, text);
        } catch (PSQLException e) {
          if (e.getServerErrorMessage() == null) {
            throw e;
          }
          PgError found = place(sql, e.getServerErrorMessage(), text, chunk.start(), true);
          return found.sqlState().equals(error.sqlState()) ? found : moved(sql, error, chunk.start(), "statement");
        }
      }
      return error;
    } finally {
      execute(c, "ROLLBACK");
    }
  }

  private static PgError moved(String sql, PgError e, int offset, String basis) {
    return at(sql, e.sqlState(), e.message(), e.detail(), e.hint(), offset, basis);
  }

  private static PgError at(String sql, String state, String message, Optional<String> detail, Optional<String> hint,
      int offset, String basis) {
    LineIndex lines = LineIndex.of(sql);
    return new PgError(state, message, detail, hint, offset, lines.line(offset) + 1, lines.column(offset) + 1, basis);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
    }
  }
}
