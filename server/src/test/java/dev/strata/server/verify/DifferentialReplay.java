package dev.strata.server.verify;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.text.FileId;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;

/**
 * Replays a {@link GeneratedHistory} into PostgreSQL on one reused connection and, after every
 * migration, compares PostgreSQL's verdict (accepted, or rejected at statement k with a SQLSTATE)
 * with the model's (its first error) and, when PostgreSQL accepted it, the schema snapshots.
 *
 * <p>When PostgreSQL rejects a migration the statement it failed at is dropped and the migration
 * is tried again, in both PostgreSQL and the model, so the two histories stay in step: the model
 * too treats a failing statement as having no effect.
 *
 * <p>The database's {@code public} schema is dropped and recreated before each history; the
 * connection uses the simple query protocol so a migration goes to the server as one message.
 */
final class DifferentialReplay {
  /** Where a migration stops: the 0-based statement and the SQLSTATE. */
  record Verdict(int statement, String sqlState) {
    @Override
    public String toString() {
      return "rejects statement " + (statement + 1) + " with " + sqlState;
    }
  }

  /** The outcome of one history: the first disagreement, if any, and what was run. */
  record Result(Optional<String> disagreement, int migrations, int statements, int rejected, int agreements) {}

  private final Connection connection;

  DifferentialReplay(Connection connection) {
    this.connection = connection;
  }

  Result run(GeneratedHistory history) throws SQLException {
    execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
    List<Migration> accepted = new ArrayList<>();
    Analysis analysis = Analysis.of(List.of());
    int migrations = 0;
    int statements = 0;
    int rejected = 0;
    int agreements = 0;
    for (int i = 0; i < history.migrations().size(); i++) {
      GeneratedHistory.Step step = history.migrations().get(i);
      while (!step.statements().isEmpty()) {
        Migration m = migration(accepted.size(), step, history.mode());
        List<Migration> candidate = new ArrayList<>(accepted);
        candidate.add(m);
        analysis = analysis.update(candidate);
        MigrationResult model = analysis.results().get(accepted.size());
        Optional<Diagnostic> modelError = model.firstError();
        GeneratedHistory.Step current = step;
        Optional<Verdict> modelVerdict = modelError.map(d -> new Verdict(
            current.statementAt(d.range().range().start()), d.sqlstate().orElse("no SQLSTATE")));
        PgOutcome pg = apply(m, step);
        migrations++;
        statements += step.statements().size();
        String where = "migration " + (i + 1) + ": ";
        if (!modelVerdict.equals(pg.verdict)) {
          return new Result(Optional.of(where + "PostgreSQL " + pg.describe() + "; the model "
              + modelError.map(d -> modelVerdict.get() + " (" + d.code().id() + ": " + d.message() + ")")
                  .orElse("accepts it")), migrations, statements, rejected, agreements);
        }
        if (pg.verdict.isEmpty()) {
          SnapshotComparison c = SnapshotDiff.compare(Snapshots.of(model.after()), PgCatalogReader.read(connection),
              Set.of());
          if (!c.agrees()) {
            return new Result(Optional.of(where + "schemas differ (model vs PostgreSQL): " + c.differences().stream()
                .map(Object::toString).collect(Collectors.joining("; "))), migrations, statements, rejected, agreements);
          }
          agreements++;
          accepted.add(m);
          break;
        }
        agreements++;
        rejected++;
        step = step.without(pg.verdict.get().statement());
      }
    }
    return new Result(Optional.empty(), migrations, statements, rejected, agreements);
  }

  /** PostgreSQL's verdict on one migration and its message. */
  private record PgOutcome(Optional<Verdict> verdict, String message) {
    String describe() {
      return verdict.map(v -> v + " (" + message + ")").orElse("accepts it");
    }
  }

  static Migration migration(int index, GeneratedHistory.Step step, TransactionMode mode) {
    String name = String.format("%04d_generated", index + 1);
    return Migration.whole(new FileId(name + ".sql"), name, String.valueOf(index + 1), Tool.PLAIN, mode, step.sql());
  }

  /** Runs the migration with its mode's semantics; on failure finds the statement that fails. */
  private PgOutcome apply(Migration m, GeneratedHistory.Step step) throws SQLException {
    boolean wrapped = m.transactionMode() == TransactionMode.WRAPPED;
    try {
      if (wrapped) {
        execute("BEGIN");
      }
      execute(m.sql());
      if (wrapped) {
        execute("COMMIT");
      }
      return new PgOutcome(Optional.empty(), "");
    } catch (PSQLException e) {
      if (e.getServerErrorMessage() == null) {
        throw e;
      }
      execute("ROLLBACK");
      return locate(step, e.getServerErrorMessage().getSQLState(), e.getServerErrorMessage().getMessage());
    }
  }

  /** Re-runs the statements one by one inside a rolled-back transaction to find the failing one. */
  private PgOutcome locate(GeneratedHistory.Step step, String state, String message) throws SQLException {
    execute("BEGIN");
    try {
      for (int k = 0; k < step.statements().size(); k++) {
        try {
          execute(step.statements().get(k).sql());
        } catch (PSQLException e) {
          if (e.getServerErrorMessage() == null) {
            throw e;
          }
          String found = e.getServerErrorMessage().getSQLState();
          return new PgOutcome(Optional.of(new Verdict(k, found)), e.getServerErrorMessage().getMessage()
              + (found.equals(state) ? "" : "; as one message: " + state + " " + message));
        }
      }
      return new PgOutcome(Optional.of(new Verdict(-1, state)), message + " (not reproduced statement by statement)");
    } finally {
      execute("ROLLBACK");
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      st.execute(sql);
    }
  }
}
