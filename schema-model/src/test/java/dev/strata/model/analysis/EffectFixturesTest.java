package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The effect of each kind of DDL on the schema: every history under {@code effects/} is valid SQL
 * (PostgreSQL accepts it: the server module's {@code EffectFixturesPostgresTest} replays the same files
 * and compares), has no error, and the schema at its cursor as DDL equals its reviewed golden file.
 */
class EffectFixturesTest {

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Paths.get(EffectFixturesTest.class.getResource("/effects").toURI());
    return Files.walk(root).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void schemaAfterTheHistoryMatchesGolden(Path path) throws IOException {
    Fixture fixture = Fixture.parse(Files.readString(path));
    assertTrue(fixture.cursor().isPresent(), "fixture needs a $0 cursor");
    Analysis analysis = Analysis.of(FixtureMigrations.of(fixture));
    List<Diagnostic> errors = analysis.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(List.of(), errors, "an effects fixture is a valid history");
    FileId file = new FileId(fixture.cursor().get().path());
    String actual = FeatureRendering.render(analysis, file, fixture.cursor().get().offset(), List.of("schema"));
    Golden.assertMatches(path, actual);
  }
}
