package dev.strata.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.testing.Fixture;
import dev.strata.model.testing.FixtureMigrations;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden editor features: every fixture under {@code features/} has a {@code $0} cursor; hover,
 * definition, references and completion at the cursor (the ones its {@code -- check:} line names,
 * all by default) are rendered and compared with {@code <fixture>.expected}. A {@code -- ^^^ def}
 * marker must be exactly where go-to-definition lands.
 */
class FeatureFixturesTest {

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Paths.get(FeatureFixturesTest.class.getResource("/features").toURI());
    return Files.walk(root).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void featuresMatchGolden(Path path) throws IOException {
    String text = Files.readString(path);
    Fixture fixture = Fixture.parse(text);
    assertTrue(fixture.cursor().isPresent(), "fixture needs a $0 cursor");
    Analysis analysis = Analysis.of(FixtureMigrations.of(fixture));
    FileId file = new FileId(fixture.cursor().get().path());
    int offset = fixture.cursor().get().offset();
    assertDefinitionMarker(fixture, analysis, file, offset);
    String actual = FeatureRendering.render(analysis, file, offset, checks(text));
    Golden.assertMatches(path, actual);
  }

  private static List<String> checks(String text) {
    return text.lines().filter(l -> l.startsWith("-- check:")).findFirst()
        .map(l -> List.of(l.substring("-- check:".length()).trim().split("[ ,]+")))
        .orElse(List.of("hover", "definition", "references", "completion"));
  }

  private static void assertDefinitionMarker(Fixture f, Analysis a, FileId file, int offset) {
    Optional<Fixture.Expectation> def = f.expectations().stream().filter(e -> e.severity().equals("def")).findFirst();
    if (def.isPresent()) {
      Optional<GotoDefinition.Definition> actual = GotoDefinition.at(a, file, offset);
      assertEquals(Optional.of(new FileRange(new FileId(def.get().path()), def.get().range())),
          actual.map(GotoDefinition.Definition::target));
    }
  }
}
