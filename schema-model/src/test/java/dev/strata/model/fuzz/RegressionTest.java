package dev.strata.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.MigrationReader;
import dev.strata.model.migration.Tool;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every crash or hang the fuzz campaign found, kept as a small file under
 * {@code src/test/resources/regressions/}. {@code {{repeat N:text}}} expands to N copies of text, so
 * a 100,000-deep input stays a one-line fixture. Each file passes every stage of
 * {@link FuzzTargets} within the hang guard, and Analysis reports exactly the codes of its
 * {@code -- expect:} line.
 */
class RegressionTest {
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat (\\d+):(.*?)}}");
  private static final Path DIR = Path.of("src/test/resources/regressions");

  @TestFactory
  Stream<DynamicTest> everyFoundCrashStaysFixed() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    assertEquals(true, files.size() >= 4, "regression fixtures in " + DIR);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    String fixture = Files.readString(file, StandardCharsets.UTF_8);
    String text = expand(fixture);
    Set<String> expected = expected(fixture);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertEquals(List.of(), FuzzTargets.sql(text).violations().stream().map(Object::toString).toList());
      FileId id = new FileId(file.getFileName().toString());
      var m = MigrationReader.read(id, "regression", "1", Tool.PRISMA, text).migration();
      Set<String> codes = Analysis.of(List.of(m)).diagnostics().stream()
          .map(Diagnostic::code).map(c -> c.id()).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, codes, "diagnostic codes of " + file.getFileName());
    });
  }

  static String expand(String fixture) {
    Matcher m = REPEAT.matcher(fixture);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> expected(String fixture) {
    for (String line : fixture.split("\n")) {
      if (line.startsWith("-- expect:")) {
        return Arrays.stream(line.substring("-- expect:".length()).split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
      }
    }
    throw new AssertionError("no -- expect: line");
  }
}
