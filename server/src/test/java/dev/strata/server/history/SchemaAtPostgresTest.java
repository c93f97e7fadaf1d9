package dev.strata.server.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.migration.Migration;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.server.testing.TestPostgres;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.Replay;
import dev.strata.server.verify.Replayer;
import dev.strata.server.verify.ScratchDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code strata schema --at/--before} on prisma-p3006 shows what PostgreSQL 15 holds at that point:
 * the history is replayed for real up to the point and PostgreSQL's catalog is compared with the
 * model's snapshot there (the bookkeeping table aside, as {@code verify} does).
 */
class SchemaAtPostgresTest {

  @Test
  void beforeTheBaselineOnlyTheStubsHaveRun() throws Exception {
    assertAgreesWithPostgres("--before", "20241221_initial_clean_baseline", 2, 0);
  }

  @Test
  void atTheBaselineTheSchemaIsWhatPostgresBuilt() throws Exception {
    assertAgreesWithPostgres("--at", "20241221_initial_clean_baseline", 3, 8);
  }

  @Test
  void beforeTheFailingMigrationTheAlertFieldsAreThere() throws Exception {
    assertAgreesWithPostgres("--before", "20241223_align", 4, 8);
  }

  /**
   * The schema the command shows for {@code flag query} equals PostgreSQL's after its first
   * {@code applied} migrations, which hold {@code tables} tables of the project's own.
   */
  private static void assertAgreesWithPostgres(String flag, String query, int applied, int tables)
      throws Exception {
    List<AnalysedRoot> roots = AnalysedRoot.open(Path.of(Cli.workspace("prisma-p3006")));
    MigrationChoice.Found found = (MigrationChoice.Found) MigrationChoice.find(roots, query);
    Catalog model = flag.equals("--at") ? found.result().after() : found.result().before();
    int index = found.result().index();
    assertEquals(applied, flag.equals("--at") ? index + 1 : index, "migrations before the point");

    List<Migration> prefix = found.root().analysis().migrations().subList(0, applied);
    Replay replay;
    try (ScratchDatabase db = ScratchDatabase.create(DatabaseUrl.parse(TestPostgres.jdbcUrl()), Instant.now())) {
      replay = Replayer.replay(db.url(), prefix);
    }
    assertEquals(applied, replay.migrations().size());
    assertTrue(replay.failure().isEmpty(), () -> "PostgreSQL rejected " + replay.failure());
    SchemaSnapshot postgres = replay.migrations().get(applied - 1).after();
    Set<String> ignored = replay.bookkeepingTable().map(Set::of).orElse(Set.of());
    SnapshotComparison c = SnapshotDiff.compare(Snapshots.of(model), postgres, ignored);
    assertEquals(List.of(), c.differences());
    assertEquals(tables, postgres.tables().size() - ignored.size(), postgres.tables().keySet().toString());
  }
}
