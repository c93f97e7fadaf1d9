package dev.strata.model.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Discovers every corpus history with auto-detection and checks the order, names, transaction modes and skipped set
 * against the oracle's expected.json. Files the corpus did not store (PROVENANCE.json
 * {@code skipped_files}, e.g. goose Go migrations) are handed in as paths, as they exist upstream.
 */
class DiscoveryCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));

  @TestFactory
  Stream<DynamicTest> everyHistoryMatchesTheOracleOrder() throws IOException {
    List<Path> histories;
    try (Stream<Path> s = Files.list(CORPUS)) {
      histories = s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
    }
    assertTrue(histories.size() >= 12, "corpus not found at " + CORPUS.toAbsolutePath());
    return histories.stream().map(h -> DynamicTest.dynamicTest(h.getFileName().toString(), () -> check(h)));
  }

  private static void check(Path history) throws IOException {
    JsonObject provenance = json(history.resolve("PROVENANCE.json"));
    JsonObject expected = json(history.resolve("expected.json"));
    List<String> paths = walk(history);
    for (JsonElement phantom : provenance.getAsJsonArray("skipped_files") == null
        ? new JsonArray() : provenance.getAsJsonArray("skipped_files")) {
      paths.add(phantom.getAsString());
    }
    List<MigrationRoot> roots = MigrationDiscovery.discover(paths, p -> read(history.resolve(p)), DiscoveryOptions.DETECT);

    assertEquals(1, roots.size(), () -> "roots: " + roots.stream().map(MigrationRoot::directory).toList());
    MigrationRoot root = roots.get(0);
    assertEquals(provenance.get("migrations_path").getAsString(), root.directory());
    assertEquals(provenance.get("tool").getAsString(), root.tool().id());

    // The oracle names file-based migrations by file name; we drop the extension.
    boolean folderNamed = root.tool() == Tool.PRISMA || root.tool() == Tool.DIESEL;
    List<String> wantFiles = new ArrayList<>();
    List<String> wantNames = new ArrayList<>();
    List<String> wantModes = new ArrayList<>();
    Set<String> wantSkipped = new TreeSet<>();
    for (JsonElement e : expected.getAsJsonArray("migrations")) {
      JsonObject m = e.getAsJsonObject();
      String name = m.get("name").getAsString();
      if (m.get("index").isJsonNull()) {
        wantSkipped.add(name);
      } else {
        wantFiles.add(m.get("file").getAsString());
        wantModes.add(mode(m.get("exec_mode").getAsString(), m.get("transaction").getAsString()));
        wantNames.add(folderNamed ? name : Versions.strip(Versions.strip(name, ".up.sql"), ".sql"));
      }
    }
    List<String> gotFiles = root.migrations().stream().map(m -> m.file().path()).toList();
    List<String> gotNames = root.migrations().stream().map(Migration::name).toList();
    Set<String> gotSkipped = new TreeSet<>(root.skipped().stream().map(SkippedFile::name).toList());
    assertSameList(wantFiles, gotFiles);
    assertSameList(wantNames, gotNames);
    assertSameList(wantModes, root.migrations().stream().map(m -> m.transactionMode().name()).toList());
    assertEquals(wantSkipped, gotSkipped);
    System.out.printf("%-40s %-15s %4d migrations, %3d skipped, %d problems: matches expected.json%n",
        history.getFileName(), root.tool().id(), gotFiles.size(), gotSkipped.size(), root.problems().size());
  }

  /** The oracle's (exec_mode, transaction) pair as our {@link TransactionMode}. */
  private static String mode(String execMode, String transaction) {
    if (transaction.equals("explicit")) {
      return TransactionMode.WRAPPED.name();
    }
    boolean oneQuery = execMode.equals("script");
    return (oneQuery ? TransactionMode.IMPLICIT_SINGLE_QUERY : TransactionMode.NONE).name();
  }

  /** Equal lists, or a failure naming the first position where they differ. */
  private static void assertSameList(List<String> want, List<String> got) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      int at = i;
      assertEquals(want.get(i), got.get(i), () -> "first difference at index " + at);
    }
    assertEquals(want.size(), got.size(), "length");
  }

  private static List<String> walk(Path history) throws IOException {
    try (Stream<Path> s = Files.walk(history)) {
      return new ArrayList<>(s.filter(Files::isRegularFile)
          .map(p -> history.relativize(p).toString().replace('\\', '/'))
          .toList());
    }
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject json(Path p) throws IOException {
    return JsonParser.parseString(Files.readString(p)).getAsJsonObject();
  }
}
