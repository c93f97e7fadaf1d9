package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Category;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quick fix a rule offers in the check fixtures is applied and the history re-analysed: the
 * fixed diagnostic is gone and nothing else changes (same codes per file, minus exactly one).
 */
class FixesTest {
  static Stream<Path> fixtures() throws Exception {
    return CheckFixtures.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void applyingEachFixRemovesItsDiagnosticAndAddsNothing(Path path) {
    String text = CheckFixtures.read(path);
    Analysis before = CheckFixtures.analyse(text);
    for (Diagnostic d : before.diagnostics()) {
      if (d.code().category() != Category.CHECK || d.fixes().isEmpty()) {
        continue;
      }
      Fix fix = d.fixes().get(0);
      Analysis after = before.update(CheckFixtures.apply(before.migrations(), fix));
      Map<String, Integer> expected = counts(before.diagnostics());
      expected.merge(key(d), -1, Integer::sum);
      expected.values().removeIf(n -> n == 0);
      assertEquals(expected, counts(after.diagnostics()),
          () -> "after \"" + fix.title() + "\" for " + CheckFixtures.describe(d));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixturesOfFixableRulesOfferAFix(Path path) {
    String name = path.getFileName().toString().replace(".sql", "");
    List<String> fixable = List.of("constraint-missing-not-valid", "require-concurrent-index-creation",
        "require-concurrent-index-deletion", "prefer-text", "prefer-timestamptz", "prefer-identity", "ban-char-type",
        "missing-lock-timeout", "unused-suppression");
    if (!fixable.contains(name)) {
      return;
    }
    List<Diagnostic> own = new ArrayList<>(CheckFixtures.analyse(CheckFixtures.read(path)).diagnostics().stream()
        .filter(d -> d.code().id().equals(name)).toList());
    assertFalse(own.isEmpty(), name + " does not fire in its fixture");
    assertTrue(own.stream().anyMatch(d -> !d.fixes().isEmpty()), name + " offers no fix in its fixture");
  }

  private static Map<String, Integer> counts(List<Diagnostic> ds) {
    Map<String, Integer> out = new HashMap<>();
    ds.forEach(d -> out.merge(key(d), 1, Integer::sum));
    return out;
  }

  private static String key(Diagnostic d) {
    return d.range().file().path() + " " + d.severity().label() + "[" + d.code().id() + "]";
  }
}
