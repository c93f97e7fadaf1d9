package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.analysis.StatementResult;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import dev.strata.model.text.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error of the diagnostic fixtures that claims PostgreSQL would reject a statement is put to
 * PostgreSQL: the history up to that statement (with the fixture's other rejected statements left
 * out, as the model does) is replayed with the tool's semantics, and PostgreSQL must fail exactly
 * there, with the diagnostic's SQLSTATE. With all of them left out, PostgreSQL must accept the whole
 * history: what the model accepts, PostgreSQL accepts (fixtures of the safety rules included).
 */
class DiagnosticFixturesPostgresTest {

  static Stream<Path> fixtures() throws IOException {
    Path dir = VerifyTesting.repository("schema-model/src/test/resources/fixtures");
    return Files.walk(dir).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void postgresRejectsEachStatementTheModelRejects(Path path) throws IOException, SQLException {
    Fixture fixture = Fixture.parse(Files.readString(path));
    List<Migration> migrations = FixtureMigrations.of(fixture);
    Analysis analysis = Analysis.of(migrations, FixtureMigrations.config(fixture));
    int checked = 0;
    for (MigrationResult r : analysis.results()) {
      for (StatementResult s : r.statements()) {
        Optional<Diagnostic> error = firstRejection(s);
        if (error.isPresent()) {
          checkWithPostgres(analysis, r.index(), s, error.get());
          checked++;
        }
      }
    }
    Replay all = replay(withoutRejected(analysis, analysis.results().size(), null));
    assertTrue(all.failure().isEmpty(), () -> "PostgreSQL rejects what the model accepts: " + all.failure().get().migration()
        .name() + " " + all.failure().get().error().map(e -> e.line() + ":" + e.column() + " " + e.sqlState() + " "
        + e.message()).orElse(""));
    System.out.println(path.getFileName() + ": " + checked + " rejected statements confirmed by PostgreSQL, "
        + "and it accepts all the others");
  }

  private static Optional<Diagnostic> firstRejection(StatementResult s) {
    return s.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR && d.sqlstate().isPresent()).findFirst();
  }

  private static void checkWithPostgres(Analysis analysis, int index, StatementResult target, Diagnostic d)
      throws SQLException {
    List<Migration> history = withoutRejected(analysis, index + 1, target);
    Replay replay = replay(history);
    String where = d.range() + " " + d.code().id() + ": " + d.message();
    Optional<ReplayedMigration> failure = replay.failure();
    assertTrue(failure.isPresent(), "PostgreSQL accepted what the model rejects: " + where);
    assertEquals(history.get(index).file(), failure.get().migration().file(), "PostgreSQL failed elsewhere: " + where);
    PgError e = failure.get().error().orElseThrow();
    assertEquals(d.sqlstate().get(), e.sqlState(), "SQLSTATE of " + where + " (PostgreSQL: " + e.message() + ")");
    TextRange statement = target.parsed().statement().range();
    assertTrue(e.offset() == 0 || statement.touches(e.offset()),
        "PostgreSQL failed at offset " + e.offset() + ", outside the statement " + statement + ": " + where);
  }

  /** The first {@code count} migrations with every statement the model rejects blanked, but {@code keep}. */
  private static List<Migration> withoutRejected(Analysis analysis, int count, StatementResult keep) {
    List<Migration> history = new ArrayList<>();
    for (MigrationResult r : analysis.results().subList(0, count)) {
      String sql = r.migration().sql();
      for (StatementResult s : r.statements()) {
        if (s != keep && firstRejection(s).isPresent()) {
          sql = blank(sql, s.parsed().statement().range());
        }
      }
      history.add(r.migration().withText(sql));
    }
    return history;
  }

  private static Replay replay(List<Migration> history) throws SQLException {
    try (ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), java.time.Instant.now())) {
      return Replayer.replay(db.url(), history);
    }
  }

  /** Replaces a range with spaces, keeping line breaks, so every other offset stays the same. */
  static String blank(String text, TextRange r) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = r.start(); i < r.end(); i++) {
      if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }
}
