package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.fail;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden diagnostics: every fixture under {@code fixtures/diagnostics} and {@code fixtures/effects}
 * is analysed as a migration history, and its diagnostics must equal its {@code -- ^^^} markers
 * exactly: same file, range, severity and code, and the marker's message substring.
 */
class DiagnosticFixturesTest {

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Paths.get(DiagnosticFixturesTest.class.getResource("/fixtures").toURI());
    return Files.walk(root).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void diagnosticsMatchMarkers(Path path) {
    Fixture fixture = Fixture.parse(read(path));
    Analysis analysis = Analysis.of(FixtureMigrations.of(fixture), FixtureMigrations.config(fixture));
    List<Fixture.Expectation> expected = new ArrayList<>(fixture.expectations().stream()
        .filter(e -> !e.severity().equals("def")).toList());
    List<Diagnostic> unexpected = new ArrayList<>();
    for (Diagnostic d : analysis.diagnostics()) {
      Fixture.Expectation match = expected.stream().filter(e -> matches(e, d)).findFirst().orElse(null);
      if (match == null) {
        unexpected.add(d);
      } else {
        expected.remove(match);
      }
    }
    if (!expected.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder sb = new StringBuilder(path.getFileName() + ":\n");
      expected.forEach(e -> sb.append("  missing:    ").append(e).append('\n'));
      unexpected.forEach(d -> sb.append("  unexpected: ").append(d.range()).append(' ')
          .append(d.severity().label()).append('[').append(d.code().id()).append("]: ")
          .append(d.message()).append('\n'));
      fail(sb.toString());
    }
  }

  private static boolean matches(Fixture.Expectation e, Diagnostic d) {
    return e.path().equals(d.range().file().path())
        && e.range().equals(d.range().range())
        && e.severity().equals(d.severity().name().toLowerCase(Locale.ROOT))
        && e.code().equals(d.code().id())
        && e.message().map(m -> d.message().contains(m)).orElse(true);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
