package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplayerTest {

  private static Replay replay(List<Migration> migrations) throws SQLException {
    try (ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), Instant.now())) {
      return Replayer.replay(db.url(), migrations);
    }
  }

  @Test
  void prismaP3006StopsAtTheCustomerIdBackfillWithItsLineAndColumn() throws IOException, SQLException {
    MigrationRoot root = VerifyTesting.onlyRoot(VerifyTesting.repository("test-workspace/prisma-p3006"));
    Replay replay = replay(root.migrations());

    assertEquals(5, replay.migrations().size());
    assertEquals(3, replay.notRun());
    ReplayedMigration failed = replay.failure().orElseThrow();
    assertEquals("20241223_align_schema_with_production", failed.migration().name());
    PgError e = failed.error().orElseThrow();
    assertEquals("42703", e.sqlState());
    assertEquals("column os.customer_id does not exist", e.message());
    assertEquals(221, e.line());
    assertEquals(7, e.column());
    assertEquals("server", e.basis());
    assertTrue(failed.migration().text().startsWith("os.\"customer_id\"", e.offset()));
    // The implicit transaction rolled the whole file back: none of its new tables exist.
    assertTrue(!failed.after().tables().containsKey("public.call_logs"), failed.after().tables().keySet().toString());
    assertTrue(replay.migrations().get(3).after().tables().containsKey("public.onboarding_states"));
    assertEquals(java.util.Optional.of("public._prisma_migrations"), replay.bookkeepingTable());
  }

  @Test
  void errorWithoutServerPositionIsPlacedAtItsStatement() throws SQLException {
    String v1 = "CREATE TABLE posts (id int, title text);\n";
    String v2 = "ALTER TABLE posts ADD COLUMN slug text;\n\nALTER TABLE posts DROP COLUMN summary;\n";
    Replay replay = replay(List.of(
        flyway("V1__posts.sql", "1", v1), flyway("V2__drop.sql", "2", v2)));

    PgError e = replay.failure().orElseThrow().error().orElseThrow();
    assertEquals("42703", e.sqlState());
    assertEquals("column \"summary\" of relation \"posts\" does not exist", e.message());
    assertEquals(3, e.line());
    assertEquals(1, e.column());
    assertEquals("statement", e.basis());
    // WRAPPED: the failed migration left nothing behind, not even its first statement.
    assertEquals(2, replay.failure().orElseThrow().after().tables().get("public.posts").columns().size());
  }

  @Test
  void positionsCountCharactersNotUtf16Units() throws SQLException {
    String text = "-- 🚀 launch\nSELECT nope FROM missing_table;\n";
    Replay replay = replay(List.of(Migration.whole(new FileId("m/1.sql"), "1", "1", Tool.GOLANG_MIGRATE,
        TransactionMode.IMPLICIT_SINGLE_QUERY, text)));
    PgError e = replay.failure().orElseThrow().error().orElseThrow();
    assertEquals("42P01", e.sqlState());
    assertTrue(text.startsWith("missing_table", e.offset()), "offset " + e.offset());
    assertEquals(2, e.line());
    assertEquals(18, e.column());
  }

  @Test
  void fixedCorpusHistoryMatchesTheOraclesFinalSnapshot() throws IOException, SQLException {
    MigrationRoot root = VerifyTesting.onlyRoot(VerifyTesting.corpus("seed_p3006__fixed"));
    Replay replay = replay(root.migrations());
    assertTrue(replay.failure().isEmpty(), () -> replay.failure().toString());

    String expected = Files.readString(VerifyTesting.corpus("seed_p3006__fixed").resolve("expected.json"));
    var oracle = OracleSnapshotJson.read(com.google.gson.JsonParser.parseString(expected)
        .getAsJsonObject().getAsJsonObject("final_snapshot"));
    var ours = replay.migrations().get(replay.migrations().size() - 1).after();
    SnapshotComparison c = SnapshotDiff.compare(ours, oracle, Set.of());
    assertEquals(List.of(), c.differences());
    assertTrue(c.objectsCompared() > 100, "compared " + c.objectsCompared());
  }

  private static Migration flyway(String file, String version, String text) {
    return Migration.whole(new FileId("db/" + file), file.replace(".sql", ""), version, Tool.FLYWAY,
        TransactionMode.WRAPPED, text);
  }
}
