package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.analysis.StatementResult;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.prisma.PrismaCatalog;
import dev.strata.model.prisma.PrismaSchema;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's proof: the migration Strata writes to close the drift between the P3006 workspace's
 * history and its Phase-5 schema.prisma, replayed into PostgreSQL after the history (with the
 * invalid customer_id backfill removed, as the audit prescribes), leaves PostgreSQL's catalog equal
 * to the one Prisma would generate from schema.prisma: zero drift, measured by PostgreSQL.
 */
class DriftMigrationPostgresTest {
  private static final String SCHEMA = "apps/backend/prisma/schema.prisma";

  @Test
  void theGeneratedMigrationLeavesNoDriftInPostgres() throws IOException, SQLException {
    Path project = VerifyTesting.repository("test-workspace/prisma-p3006");
    MigrationRoot root = VerifyTesting.onlyRoot(project);
    List<Migration> history = withoutRejectedStatements(Analysis.of(root.migrations()));
    PrismaSchema schema = PrismaSchema.parse(new FileId(SCHEMA), Files.readString(project.resolve(SCHEMA)));
    Catalog prisma = PrismaCatalog.of(schema);
    String sql = dev.strata.model.prisma.DriftMigration.sql(Analysis.of(history).finalCatalog(), prisma, true);
    assertTrue(sql.contains("CREATE TABLE client_controls"), sql);
    history.add(Migration.whole(new FileId(root.directory() + "/20251215_phase5/migration.sql"), "20251215_phase5",
        "20251215", Tool.PRISMA, TransactionMode.IMPLICIT_SINGLE_QUERY, sql));

    Replay replay;
    try (ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), Instant.now())) {
      replay = Replayer.replay(db.url(), history);
    }
    assertTrue(replay.failure().isEmpty(), () -> "PostgreSQL rejected " + replay.failure().get().migration().name()
        + ": " + replay.failure().get().error());
    var postgres = replay.migrations().get(replay.migrations().size() - 1).after();
    SnapshotComparison c = SnapshotDiff.compare(Snapshots.of(prisma), postgres,
        Set.of(replay.bookkeepingTable().orElse("public._prisma_migrations")));
    // Drift is what Prisma compares: not column order (ALTER TABLE appends columns; Prisma does not
    // reorder them) and not CHECK constraints (schema.prisma cannot express them).
    List<String> drift = c.differences().stream()
        .filter(d -> !d.aspect().equals("position") && !d.objectPath().contains(" check "))
        .map(Object::toString).toList();
    System.out.printf("drift after the generated migration, measured in PostgreSQL: %d differences over %d objects "
        + "(%d column-order or CHECK differences, which are not drift)%n", drift.size(), c.objectsCompared(),
        c.differences().size() - drift.size());
    assertEquals(List.of(), drift);
  }

  /** The history with every statement the model rejects blanked (the one invalid backfill here). */
  private static List<Migration> withoutRejectedStatements(Analysis analysis) {
    List<Migration> out = new ArrayList<>();
    for (MigrationResult r : analysis.results()) {
      String sql = r.migration().sql();
      for (StatementResult s : r.statements()) {
        if (s.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
          sql = DiagnosticFixturesPostgresTest.blank(sql, s.parsed().statement().range());
        }
      }
      out.add(r.migration().withText(sql));
    }
    return out;
  }
}
