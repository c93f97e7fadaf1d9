package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test over the shared corpus ({@code strata.corpus}): our JDBC replay must reach the
 * pg-oracle's verdict (same first failure, SQLSTATE, line and column) and its final schema; the
 * model is then compared with PostgreSQL after every migration and the figures are printed.
 */
class CorpusVerifyTest {

  static Stream<String> histories() throws IOException {
    Path corpus = VerifyTesting.corpus("");
    try (Stream<Path> dirs = Files.list(corpus)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json")))
          .map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("histories")
  void replayReachesTheOraclesVerdictAndModelFiguresArePrinted(String history) throws IOException, SQLException {
    Path dir = VerifyTesting.corpus(history);
    JsonObject expected = JsonParser.parseString(Files.readString(dir.resolve("expected.json"))).getAsJsonObject();
    MigrationRoot root = rootFor(dir, expected.get("migrations_dir").getAsString());

    Replay replay;
    try (ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), Instant.now())) {
      replay = Replayer.replay(db.url(), root.migrations());
    }
    assertSameVerdict(history, expected, replay);

    var last = replay.migrations().get(replay.migrations().size() - 1).after();
    SnapshotComparison vsOracle = SnapshotDiff.compare(last,
        OracleSnapshotJson.read(expected.getAsJsonObject("final_snapshot")), Set.of());
    // The oracle replayed the corpus on another day than this replay: hatchet's partitions named
    // after the day of the replay differ between the two, and nothing else may.
    List<String> unexplained = vsOracle.differences().stream().map(Object::toString)
        .filter(d -> !KnownDifferences.explained(history, d)).toList();
    assertEquals(List.of(), unexplained, history + ": final schema differs from the oracle's");

    RootVerification v = RootVerifier.verify(root, Analysis.of(root.migrations()), replay);
    System.out.printf("verify %s: %d of %d objects agree after the last migration; %d snapshots compared, "
            + "%d disagreements, %d missed errors, %d false alarms%n", history, v.finalComparison().objectsAgreeing(),
        v.finalComparison().objectsCompared(), v.snapshotsCompared(), v.disagreements().size(),
        v.missedErrors().size(), v.falseAlarms().size());
    v.disagreements().stream().limit(5).forEach(d -> System.out.println("  " + d));
    v.missedErrors().stream().limit(3).forEach(d -> System.out.println("  " + d));
    v.falseAlarms().stream().limit(3).forEach(d -> System.out.println("  " + d));
    assertTrue(v.snapshotsCompared() > 0, history);
  }

  private static MigrationRoot rootFor(Path dir, String migrationsDir) throws IOException {
    List<MigrationRoot> roots = Workspace.open(dir).migrationRoots();
    return roots.stream().filter(r -> r.directory().equals(migrationsDir)).findFirst()
        .orElseThrow(() -> new AssertionError("no root " + migrationsDir + " among " + roots.stream()
            .map(MigrationRoot::directory).toList()));
  }

  private static void assertSameVerdict(String history, JsonObject expected, Replay replay) {
    JsonElement first = expected.get("first_failure");
    Optional<ReplayedMigration> failed = replay.failure();
    if (first == null || first.isJsonNull()) {
      assertEquals(Optional.empty(), failed.map(f -> f.migration().name() + " " + f.error()), history);
      assertEquals(expected.get("migrations_applied").getAsInt(), replay.migrations().size(), history);
      return;
    }
    JsonObject f = first.getAsJsonObject();
    assertTrue(failed.isPresent(), history + ": PostgreSQL accepted everything, the oracle failed at " + f);
    PgError e = failed.get().error().orElseThrow();
    String file = f.get("file").getAsString();
    assertTrue(file.endsWith(failed.get().migration().file().path()) || failed.get().migration().file().path().endsWith(file),
        history + ": the oracle failed in " + file + ", we in " + failed.get().migration().file());
    assertEquals(f.get("sqlstate").getAsString(), e.sqlState(), history);
    assertEquals(f.get("line_in_file").getAsInt(), e.line(), history + ": " + e);
    for (JsonElement m : expected.getAsJsonArray("migrations")) {
      JsonElement err = m.getAsJsonObject().get("error");
      if (err != null && err.isJsonObject() && err.getAsJsonObject().has("column")
          && !err.getAsJsonObject().get("column").isJsonNull()) {
        assertEquals(err.getAsJsonObject().get("column").getAsInt(), e.column(), history + ": " + e);
      }
    }
  }
}
