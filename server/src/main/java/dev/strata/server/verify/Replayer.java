package dev.strata.server.verify;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import dev.strata.model.text.TextRange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Applies migrations to a database through JDBC with their tool's semantics, stopping at the first
 * failure, and reads the schema after each.
 *
 * <p>How one migration runs ({@link Migration#sql()}, so sections the tool does not apply are
 * blank and offsets are the file's):
 * <ul>
 *   <li>{@link TransactionMode#IMPLICIT_SINGLE_QUERY} (Prisma up to 6, golang-migrate): the whole
 *       text as one simple-query message (the connection uses {@code preferQueryMode=simple}, so
 *       pgjdbc does not split it): one implicit transaction unless the file has its own.
 *   <li>{@link TransactionMode#WRAPPED} (Flyway, goose, dbmate, diesel): {@code BEGIN}, the text as
 *       one message, {@code COMMIT}.
 *   <li>{@link TransactionMode#NONE}: statement by statement in autocommit (goose statement blocks
 *       are sent whole).
 * </ul>
 * On failure {@code ROLLBACK} is sent and the error is placed in the file by {@link ErrorPlacer}.
 */
public final class Replayer {
  private final Connection connection;

  private Replayer(Connection connection) {
    this.connection = connection;
  }

  /**
   * Replays {@code migrations} into the database {@code url} points at (which should be a
   * {@link ScratchDatabase}: the migrations really run). Creates the tool's bookkeeping table first.
   *
   * @throws SQLException only for infrastructure failures (connection lost, bookkeeping DDL rejected)
   */
  public static Replay replay(DatabaseUrl url, List<Migration> migrations) throws SQLException {
    try (Connection c = DriverManager.getConnection(url.withParameter("preferQueryMode", "simple").jdbc())) {
      c.setAutoCommit(true);
      Replayer r = new Replayer(c);
      Optional<Bookkeeping> book = migrations.isEmpty() ? Optional.empty() : Bookkeeping.of(migrations.get(0).tool());
      if (book.isPresent()) {
        r.execute(book.get().ddl());
      }
      List<ReplayedMigration> done = new ArrayList<>();
      for (Migration m : migrations) {
        ReplayedMigration result = r.run(m);
        done.add(result);
        if (!result.ok()) {
          break;
        }
      }
      return new Replay(book.map(Bookkeeping::table), done, migrations.size() - done.size());
    }
  }

  private ReplayedMigration run(Migration m) throws SQLException {
    long start = System.nanoTime();
    Optional<PgError> error = apply(m);
    double seconds = (System.nanoTime() - start) / 1e9;
    SchemaSnapshot after = PgCatalogReader.read(connection);
    return new ReplayedMigration(m, error, after, seconds);
  }

  private Optional<PgError> apply(Migration m) throws SQLException {
    List<TextRange> chunks = chunks(m);
    if (chunks.isEmpty()) {
      return Optional.empty();
    }
    if (m.transactionMode() == TransactionMode.NONE) {
      for (TextRange chunk : chunks) {
        Optional<PgError> e = attempt(m, chunk.slice(m.sql()), chunk.start());
        if (e.isPresent()) {
          return e;
        }
      }
      return Optional.empty();
    }
    boolean wrapped = m.transactionMode() == TransactionMode.WRAPPED;
    if (wrapped) {
      execute("BEGIN");
    }
    Optional<PgError> e = attempt(m, m.sql(), 0);
    if (e.isEmpty() && wrapped) {
      execute("COMMIT");
    }
    if (e.isPresent() && e.get().basis().equals("file")) {
      return Optional.of(ErrorPlacer.locate(connection, m, e.get()));
    }
    return e;
  }

  /** Runs {@code text} (which starts at {@code base} in the file); an SQL error becomes a value. */
  private Optional<PgError> attempt(Migration m, String text, int base) throws SQLException {
    try {
      execute(text);
      return Optional.empty();
    } catch (PSQLException e) {
      ServerErrorMessage server = e.getServerErrorMessage();
      if (server == null) {
        throw e;
      }
      execute("ROLLBACK");
      return Optional.of(ErrorPlacer.place(m.sql(), server, text, base, m.transactionMode() == TransactionMode.NONE));
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
    }
  }

  /** The statements of a migration, with goose statement blocks kept whole. */
  static List<TextRange> chunks(Migration m) {
    List<TextRange> out = new ArrayList<>();
    for (RawStatement s : Splitter.split(m.sql())) {
      TextRange r = s.range();
      Optional<TextRange> block = m.statementBlocks().stream()
          .filter(b -> b.start() <= r.start() && r.start() < b.end()).findFirst();
      TextRange chunk = block.orElse(r);
      if (out.isEmpty() || !out.get(out.size() - 1).equals(chunk)) {
        out.add(chunk);
      }
    }
    return out;
  }
}
