package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Timeline timeline(String fixture) {
    return Timeline.of(Analysis.of(FixtureMigrations.of(Fixture.parse(fixture))));
  }

  @Test
  void marksStubsTheFailingMigrationAndEverythingAfterItOnPrismaP3006() throws Exception {
    Timeline t = Timeline.of(TestWorkspaces.analysis("prisma-p3006"));
    assertEquals(List.of(Timeline.Status.STUB, Timeline.Status.STUB, Timeline.Status.OK, Timeline.Status.OK,
        Timeline.Status.FAILS, Timeline.Status.BLOCKED, Timeline.Status.BLOCKED, Timeline.Status.BLOCKED),
        t.rows().stream().map(Timeline.Row::status).toList());
    Timeline.Row failing = t.firstFailing().orElseThrow();
    assertEquals("20241223_align_schema_with_production", failing.name());
    Timeline.Failure f = failing.failure().orElseThrow();
    assertTrue(f.message().startsWith("column \"customer_id\" does not exist on table \"onboarding_states\""), f.message());
    assertEquals(221, f.line());
    assertEquals("unknown-column", f.code());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 23)), failing.date());
    assertEquals("creates 7 types; creates 8 tables", t.rows().get(2).purpose());
    assertEquals(8, t.rows().get(2).tablesAfter());
    assertEquals("adds 3 columns to clients; creates index clients_paymentGateAlertedAt_idx", t.rows().get(3).purpose());
    assertEquals("no statements", t.rows().get(0).purpose());
  }

  @Test
  void sequenceNumberedHistoriesHaveNoDates() throws Exception {
    Timeline t = Timeline.of(TestWorkspaces.analysis("golang-migrate-blog"));
    assertTrue(t.rows().stream().allMatch(r -> r.date().isEmpty()));
    assertEquals(Timeline.Status.FAILS, t.rows().get(3).status());
    assertEquals(7, t.rows().get(3).failure().orElseThrow().line());
    assertEquals(Timeline.Status.BLOCKED, t.rows().get(4).status());
  }

  @Test
  void purposeNamesTablesCountsColumnsAndHidesWhatACreatedTableImplies() {
    Timeline t = timeline("""
        -- file: 20240101000000_init/migration.sql
        CREATE TABLE clients (id bigint PRIMARY KEY, name text);
        CREATE INDEX clients_name_idx ON clients (name);
        ALTER TABLE clients ADD COLUMN email text;
        -- file: 20240102000000_more/migration.sql
        CREATE TABLE onboarding_states (id bigint PRIMARY KEY, client_id bigint REFERENCES clients);
        CREATE TABLE alert_logs (id bigint);
        ALTER TABLE clients ADD COLUMN a int, ADD COLUMN b int, ADD COLUMN c int;
        DROP INDEX clients_name_idx;
        -- file: 20240103000000_rename/migration.sql
        ALTER TABLE alert_logs RENAME TO alerts;
        ALTER TABLE clients RENAME COLUMN a TO alpha;
        ALTER TABLE clients DROP COLUMN b;
        -- file: 20240104000000_data/migration.sql
        UPDATE clients SET name = 'x';
        """);
    assertEquals(List.of("creates clients", "creates onboarding_states, alert_logs; adds 3 columns to clients; drops index clients_name_idx",
        "renames table alert_logs to alerts; renames column a to alpha of clients; drops column b from clients",
        "no schema changes"), t.rows().stream().map(Timeline.Row::purpose).toList());
    assertEquals(List.of(1, 3, 3, 3), t.rows().stream().map(Timeline.Row::tablesAfter).toList());
  }

  @Test
  void readsDatesFromPrismaAndFlywayVersionsButNotFromSequenceNumbers() {
    assertEquals(Optional.of(LocalDate.of(2024, 12, 23)), MigrationDate.parse("20241223153000"));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), MigrationDate.parse("2024.01.15.1"));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), MigrationDate.parse("V20240115_1__x"));
    assertEquals(Optional.empty(), MigrationDate.parse("000003"));
    assertEquals(Optional.empty(), MigrationDate.parse("1.1"));
    assertEquals(Optional.empty(), MigrationDate.parse("20241399"));
    assertEquals(Optional.empty(), MigrationDate.parse("12345678"));
  }
}
