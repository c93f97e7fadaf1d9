package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.text.LineIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 2's "must show": the lint verdict of every corpus history equals PostgreSQL 15's. Where
 * PostgreSQL applied the whole history ({@code expected.json} status {@code ok}) the analysis has
 * no error; where it failed, the analysis's first error is in the same migration, on the same line,
 * with the same SQLSTATE. The corpus comes from system property {@code strata.corpus}.
 */
class CorpusLintTest {

  static Stream<Path> histories() throws IOException {
    Path corpus = Paths.get(System.getProperty("strata.corpus", "../../shared/corpus"));
    assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
    return Files.list(corpus).filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void lintAgreesWithPostgres(Path history) {
    JsonObject expected = json(history.resolve("expected.json"));
    Analysis analysis = Analysis.of(migrations(history));
    List<Diagnostic> all = analysis.diagnostics();
    List<Diagnostic> errors = all.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    Optional<Diagnostic> first = analysis.firstFailing().flatMap(MigrationResult::firstError);
    System.out.printf("%-40s migrations=%d statements=%d errors=%d warnings=%d infos=%d first=%s%n",
        history.getFileName(), analysis.migrations().size(), analysis.statementCount(), errors.size(),
        count(all, Severity.WARNING), count(all, Severity.INFO), first.map(d -> describe(analysis, d)).orElse("-"));
    assertFalse(analysis.migrations().isEmpty(), "no migrations discovered");
    if (expected.get("status").getAsString().equals("ok")) {
      assertEquals(List.of(), errors.stream().map(d -> describe(analysis, d)).toList());
      return;
    }
    JsonObject failure = expected.getAsJsonObject("first_failure");
    assertTrue(first.isPresent(), "PostgreSQL fails at " + failure + " but the analysis finds no error");
    Diagnostic d = first.get();
    assertEquals(failure.get("file").getAsString(), d.range().file().path());
    assertEquals(failure.get("line_in_file").getAsInt(), line(analysis, d), describe(analysis, d));
    assertEquals(Optional.of(failure.get("sqlstate").getAsString()), d.sqlstate(), describe(analysis, d));
  }

  /** The history's migrations as discovery finds them in its PROVENANCE.json folder, with its tool. */
  private static List<Migration> migrations(Path history) {
    JsonObject prov = json(history.resolve("PROVENANCE.json"));
    Tool tool = Tool.fromId(prov.get("tool").getAsString()).orElseThrow();
    String root = prov.get("migrations_path").getAsString();
    List<String> paths;
    try (Stream<Path> s = Files.walk(history.resolve(root))) {
      paths = s.filter(Files::isRegularFile).map(p -> history.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<MigrationRoot> roots = MigrationDiscovery.discover(paths, p -> read(history.resolve(p)),
        DiscoveryOptions.DETECT.withTool(tool).withRoots(List.of(root)));
    return roots.stream().flatMap(r -> r.migrations().stream()).toList();
  }

  private static int line(Analysis a, Diagnostic d) {
    String text = a.result(d.range().file()).orElseThrow().migration().sql();
    return LineIndex.of(text).line(d.range().range().start()) + 1;
  }

  private static String describe(Analysis a, Diagnostic d) {
    return d.range().file().fileName() + ":" + line(a, d) + " " + d.sqlstate().orElse("") + " [" + d.code().id()
        + "] " + d.message();
  }

  private static long count(List<Diagnostic> ds, Severity s) {
    return ds.stream().filter(d -> d.severity() == s).count();
  }

  private static JsonObject json(Path p) {
    return JsonParser.parseString(read(p)).getAsJsonObject();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
