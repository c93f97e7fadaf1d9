package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import dev.strata.model.text.FileId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An edit to migration k re-analyses k and what follows, never what comes before it. */
class IncrementalAnalysisTest {
  private static final String HISTORY = """
      -- file: 001_users/migration.sql
      CREATE TABLE users (id bigint PRIMARY KEY, email text);
      -- file: 002_orders/migration.sql
      CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total integer);
      -- file: 003_rename/migration.sql
      ALTER TABLE users RENAME COLUMN email TO email_address;
      -- file: 004_backfill/migration.sql
      UPDATE users SET email_address = lower(email_address);
      -- file: 005_index/migration.sql
      CREATE INDEX orders_total_idx ON orders (total);
      """;

  private final List<Migration> migrations = FixtureMigrations.of(Fixture.parse(HISTORY));

  @Test
  void editingAMigrationKeepsTheResultsBeforeIt() {
    Analysis first = Analysis.of(migrations);
    FileId third = new FileId("003_rename/migration.sql");
    Analysis edited = first.withText(third, "ALTER TABLE users RENAME COLUMN email TO mail;\n");
    for (int i = 0; i < 2; i++) {
      assertSame(first.results().get(i), edited.results().get(i), "migration " + (i + 1) + " was recomputed");
    }
    assertTrue(edited.recomputedCount() >= 1 && edited.recomputedCount() <= 3, "recomputed " + edited.recomputedCount());
  }

  @Test
  void aRenameInAnEarlierMigrationBreaksALaterReference() {
    Analysis first = Analysis.of(migrations);
    assertEquals(List.of(), errors(first));
    Analysis edited = first.withText(new FileId("003_rename/migration.sql"),
        "ALTER TABLE users RENAME COLUMN email TO mail;\n");
    List<Diagnostic> errors = errors(edited);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.stream().allMatch(d -> d.range().file().path().equals("004_backfill/migration.sql")));
    assertTrue(errors.get(0).message().contains("column \"email_address\" does not exist on table \"users\""),
        errors.get(0).message());
  }

  @Test
  void undoingTheEditRestoresTheFirstResult() {
    Analysis first = Analysis.of(migrations);
    FileId third = new FileId("003_rename/migration.sql");
    String original = first.result(third).orElseThrow().migration().text();
    Analysis back = first.withText(third, "-- nothing yet\n").withText(third, original);
    assertEquals(errors(first), errors(back));
    assertEquals(first.finalCatalog(), back.finalCatalog());
  }

  @Test
  void anUnchangedHistoryIsNotRecomputed() {
    Analysis first = Analysis.of(migrations);
    Analysis again = first.update(first.migrations());
    assertEquals(0, again.recomputedCount());
  }

  private static List<Diagnostic> errors(Analysis a) {
    return a.diagnostics().stream().filter(d -> d.severity() == dev.strata.model.diag.Severity.ERROR).toList();
  }
}
