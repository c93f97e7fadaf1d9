package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Category;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule (opt-in ones included) over each corpus history and prints how often each fires,
 * per history: the numbers to watch when a rule gets noisier. It asserts what must hold on real
 * code: no rule ever throws (no {@code internal-error}), and the survey actually linted statements.
 */
class CheckCorpusSurveyTest {
  private static final int SAMPLE = 5;
  private static final Path CORPUS = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));

  @Test
  void surveysRuleFrequencyPerHistoryWithoutInternalErrors() throws IOException {
    List<Path> histories;
    try (Stream<Path> s = Files.list(CORPUS)) {
      histories = s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
    }
    assertTrue(histories.size() >= 12, "corpus not found at " + CORPUS.toAbsolutePath());
    Map<String, Optional<dev.strata.model.diag.Severity>> all = new TreeMap<>();
    Checks.ALL.forEach(r -> all.put(r.code().id(), Optional.of(r.code().defaultSeverity())));
    var config = new dev.strata.model.analysis.AnalysisConfig(all, 15);
    List<String> internal = new ArrayList<>();
    int statements = 0;
    StringBuilder report = new StringBuilder("rule frequency per corpus history (all rules on):\n");
    Map<String, List<String>> hits = new TreeMap<>();
    for (Path h : histories) {
      List<String> paths = walk(h);
      List<MigrationRoot> roots = MigrationDiscovery.discover(paths, p -> read(h.resolve(p)), DiscoveryOptions.DETECT);
      Map<String, Integer> counts = new TreeMap<>();
      for (MigrationRoot root : roots) {
        Analysis a = Analysis.of(root.migrations(), config);
        statements += a.statementCount();
        for (Diagnostic d : a.diagnostics()) {
          if (d.code().category() == Category.CHECK) {
            counts.merge(d.code().id(), 1, Integer::sum);
            hits.computeIfAbsent(d.code().id(), k -> new ArrayList<>()).add(hit(h, root, d));
          }
          if (d.code().equals(CheckProblems.INTERNAL_ERROR)) {
            internal.add(h.getFileName() + " " + d.range() + " " + d.message());
          }
        }
      }
      report.append(String.format("  %-40s %s%n", h.getFileName(), counts));
    }
    report.append(samples(hits));
    System.out.print(report);
    assertTrue(statements > 1000, "expected the corpus to hold many statements, got " + statements);
    assertEquals(List.of(), internal);
  }

  /**
   * Up to {@link #SAMPLE} hits per rule, evenly spaced over the hits in history, file and offset
   * order, so the sample is the same on every run and spread over the histories. docs/rules/survey.md
   * holds them with a verdict each.
   */
  private static String samples(Map<String, List<String>> hits) {
    StringBuilder out = new StringBuilder("\nsample of hits per rule:\n");
    hits.forEach((id, all) -> {
      long inTx = all.stream().filter(h -> h.contains("runs in a transaction block")).count();
      out.append(id).append(" (").append(all.size()).append(" hits").append(inTx > 0 ? ", " + inTx
          + " in a transaction block" : "").append(")\n");
      int n = Math.min(SAMPLE, all.size());
      for (int k = 0; k < n; k++) {
        out.append("  ").append(all.get(k * all.size() / n)).append('\n');
      }
    });
    return out.toString();
  }

  private static String hit(Path history, MigrationRoot root, Diagnostic d) {
    String path = d.range().file().path();
    String text = root.migrations().stream().filter(m -> m.file().path().equals(path)).findFirst()
        .map(m -> m.text()).orElse("");
    int at = Math.min(d.range().range().start(), text.length());
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return history.getFileName() + " " + path + ":" + line + " | " + d.message();
  }

  private static List<String> walk(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return new ArrayList<>(s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals("expected.json") && !p.equals("PROVENANCE.json")).sorted().toList());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
