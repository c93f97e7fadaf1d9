package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.snapshot.SnapshotComparison;
import dev.strata.model.snapshot.SnapshotDiff;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a database: the model's schema after the last migration PostgreSQL applied, compared with
 * the {@code final_snapshot} the oracle read from PostgreSQL 15 (expected.json), object by object —
 * tables, columns (type, nullability, default), keys, foreign keys, checks, indexes, enums, sequences
 * and views. The tool's bookkeeping table is part of both. Prints the agreement figures.
 */
class CorpusFinalSnapshotTest {

  static Stream<String> histories() throws IOException {
    return CorpusVerifyTest.histories();
  }

  @ParameterizedTest
  @MethodSource("histories")
  void modelsFinalSchemaEqualsPostgres(String history) throws IOException {
    Path dir = VerifyTesting.corpus(history);
    JsonObject expected = JsonParser.parseString(Files.readString(dir.resolve("expected.json"))).getAsJsonObject();
    String migrationsDir = expected.get("migrations_dir").getAsString();
    MigrationRoot root = Workspace.open(dir).migrationRoots().stream()
        .filter(r -> r.directory().equals(migrationsDir)).findFirst().orElseThrow();
    int applied = expected.get("migrations_applied").getAsInt();
    Analysis analysis = Analysis.of(root.migrations());
    var model = Snapshots.of(analysis.results().get(applied - 1).after());
    SnapshotComparison c = SnapshotDiff.compare(model,
        OracleSnapshotJson.read(expected.getAsJsonObject("final_snapshot")), Set.of());
    System.out.printf("final schema %-36s %5d/%5d objects equal (%.1f%%), after %d of %d migrations%n", history,
        c.objectsAgreeing(), c.objectsCompared(), 100.0 * c.objectsAgreeing() / c.objectsCompared(), applied,
        root.migrations().size());
    List<String> unexplained = c.differences().stream().map(Object::toString)
        .filter(d -> !KnownDifferences.explained(history, d)).toList();
    c.differences().stream().limit(8).forEach(d -> System.out.println("  " + d));
    assertEquals(List.of(), unexplained, history);
    List<String> all = c.differences().stream().map(Object::toString).toList();
    for (String fixme : KnownDifferences.FIXME.getOrDefault(history, List.of())) {
      assertTrue(all.contains(fixme), history + ": fixed, remove its FIXME entry: " + fixme);
    }
    assertTrue(c.objectsCompared() > 10, history);
  }
}
