package dev.strata.model.check;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.migration.Migration;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: analyse fixture text, apply a fix's edits to a migration history. */
final class CheckFixtures {
  private CheckFixtures() {}

  static Stream<Path> all() throws IOException, URISyntaxException {
    Path root = Paths.get(CheckFixtures.class.getResource("/fixtures/checks").toURI());
    return Files.list(root).filter(p -> p.toString().endsWith(".sql")).sorted();
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analysis analyse(String fixtureText) {
    Fixture f = Fixture.parse(fixtureText);
    return Analysis.of(FixtureMigrations.of(f), FixtureMigrations.config(f));
  }

  static Analysis analyse(String fixtureText, AnalysisConfig config) {
    return Analysis.of(FixtureMigrations.of(Fixture.parse(fixtureText)), config);
  }

  /** The history with {@code fix} applied (edits in one file, applied from the end so offsets hold). */
  static List<Migration> apply(List<Migration> history, Fix fix) {
    List<Migration> out = new ArrayList<>();
    for (Migration m : history) {
      List<TextEdit> edits = fix.edits().stream().filter(e -> e.file().equals(m.file()))
          .sorted(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed()).toList();
      String text = m.text();
      for (TextEdit e : edits) {
        text = text.substring(0, e.range().start()) + e.newText() + text.substring(e.range().end());
      }
      out.add(edits.isEmpty() ? m : m.withText(text));
    }
    return out;
  }

  static String describe(Diagnostic d) {
    return d.range().file().path() + " " + d.code().id() + ": " + d.message();
  }
}
