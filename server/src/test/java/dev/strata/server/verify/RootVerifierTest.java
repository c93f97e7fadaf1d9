package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.snapshot.Difference;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.snapshot.TableSnapshot;
import dev.strata.model.text.FileId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The comparison logic on hand-made replays: no database needed. */
class RootVerifierTest {

  private static Migration flyway(String version, String text) {
    return Migration.whole(new FileId("db/V" + version + "__m.sql"), "V" + version + "__m", version, Tool.FLYWAY,
        TransactionMode.WRAPPED, text);
  }

  private static MigrationRoot root(List<Migration> ms) {
    return new MigrationRoot("db", Tool.FLYWAY, ms, List.of(), List.of());
  }

  private static PgError error(String state, String message, int line) {
    return new PgError(state, message, Optional.empty(), Optional.empty(), 0, line, 1, "statement");
  }

  @Test
  void aRejectionTheModelDoesNotSeeIsAMissedError() {
    List<Migration> ms = List.of(flyway("1", "CREATE TABLE t (id int);\n"), flyway("2", "SELECT 1;\n"));
    Analysis analysis = Analysis.of(ms);
    SchemaSnapshot s1 = Snapshots.of(analysis.results().get(0).after());
    Replay replay = new Replay(Optional.empty(), List.of(
        new ReplayedMigration(ms.get(0), Optional.empty(), s1, 0),
        new ReplayedMigration(ms.get(1), Optional.of(error("XX000", "boom", 1)), s1, 0)), 0);

    RootVerification v = RootVerifier.verify(root(ms), analysis, replay);
    assertEquals(1, v.missedErrors().size());
    assertEquals("V2__m", v.missedErrors().get(0).migration());
    assertEquals("XX000", v.missedErrors().get(0).error().sqlState());
    assertEquals(List.of(), v.disagreements());
    assertEquals(1, v.snapshotsCompared());
    assertFalse(v.agrees());
  }

  @Test
  void aModelErrorOnAnAcceptedMigrationIsAFalseAlarm() {
    List<Migration> ms = List.of(flyway("1", "\nALTER TABLE missing ADD COLUMN x int;\n"));
    Analysis analysis = Analysis.of(ms);
    Replay replay = new Replay(Optional.empty(), List.of(
        new ReplayedMigration(ms.get(0), Optional.empty(), Snapshots.of(analysis.results().get(0).after()), 0)), 0);

    RootVerification v = RootVerifier.verify(root(ms), analysis, replay);
    assertEquals(1, v.falseAlarms().size());
    Findings.FalseAlarm f = v.falseAlarms().get(0);
    assertEquals("db/V1__m.sql", f.file());
    assertEquals(2, f.line());
    assertTrue(f.message().contains("missing"), f.message());
  }

  @Test
  void aDifferenceIsReportedOnceAtTheFirstMigrationItShowsAfter() {
    List<Migration> ms = List.of(flyway("1", "CREATE TABLE t (id int);\n"), flyway("2", "CREATE TABLE u (id int);\n"));
    Analysis analysis = Analysis.of(ms);
    Replay replay = new Replay(Optional.of("public.flyway_schema_history"), List.of(
        new ReplayedMigration(ms.get(0), Optional.empty(), withExtraTable(analysis, 0), 0),
        new ReplayedMigration(ms.get(1), Optional.empty(), withExtraTable(analysis, 1), 0)), 0);

    RootVerification v = RootVerifier.verify(root(ms), analysis, replay);
    assertEquals(List.of(new Findings.Disagreement("V1__m",
        new Difference("table public.extra", "exists", "absent", "present"))), v.disagreements());
    assertEquals(2, v.snapshotsCompared());
  }

  /** The model's snapshot after migration {@code i} plus a table only "PostgreSQL" has. */
  private static SchemaSnapshot withExtraTable(Analysis analysis, int i) {
    SchemaSnapshot s = Snapshots.of(analysis.results().get(i).after());
    Map<String, TableSnapshot> tables = new TreeMap<>(s.tables());
    tables.put("public.extra", new TableSnapshot(List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of()));
    return new SchemaSnapshot(s.schemas(), s.extensions(), tables, s.enums(), s.sequences(), s.views());
  }
}
