package dev.strata.model.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every statement of every migration in the shared corpus of real PostgreSQL histories:
 * no statement PostgreSQL accepted may become a ParseError (except the listed ones), and
 * Unsupported must stay rare. Prints the distribution of statement kinds and the throughput.
 */
class ParserCorpusTest {
  /** Corpus files (relative path) with a statement we knowingly cannot parse, and why. */
  private static final Map<String, String> ALLOWED_PARSE_ERRORS = Map.of();

  private static final Pattern DOWN_MARKER =
      Pattern.compile("(?im)^[ \\t]*--[ \\t]*(\\+goose[ \\t]+down|migrate:down)\\b");

  @Test
  void parsesTheWholeCorpusWithoutSyntaxErrors() throws IOException {
    Path root = corpusRoot();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
    }
    assertTrue(files.size() > 100, "corpus not found at " + root);
    List<String> texts = files.stream().map(ParserCorpusTest::upSection).toList();

    Map<String, Integer> kinds = new TreeMap<>();
    Map<String, Integer> unsupported = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    List<String> rangeProblems = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < files.size(); i++) {
      String rel = root.relativize(files.get(i)).toString();
      for (ParsedStatement ps : SqlParser.parse(texts.get(i))) {
        total++;
        Statement st = ps.statement();
        kinds.merge(st.getClass().getSimpleName(), 1, Integer::sum);
        if (st instanceof Statement.Unsupported u) {
          unsupported.merge(u.kind(), 1, Integer::sum);
        }
        String source = texts.get(i);
        AstRanges.check(source, st, p -> rangeProblems.add(rel + ": " + p));
        if (st instanceof Statement.ParseError pe && !ALLOWED_PARSE_ERRORS.containsKey(rel)) {
          String src = texts.get(i);
          int from = Math.max(ps.raw().range().start(), pe.at().start() - 80);
          String context = src.substring(from, Math.min(src.length(), pe.at().end() + 40)).replace('\n', ' ');
          errors.add(rel + ": " + pe.message() + " | " + context);
        }
      }
    }
    printTable(kinds, unsupported, total);
    printThroughput(texts, total);
    errors.forEach(e -> System.out.println("PARSE ERROR " + e));
    assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 40)), errors.size() + " parse errors");
    assertEquals(List.of(), rangeProblems.subList(0, Math.min(rangeProblems.size(), 20)),
        rangeProblems.size() + " identifiers or expressions whose range does not hold their text");
    int unsupportedCount = unsupported.values().stream().mapToInt(Integer::intValue).sum();
    assertTrue(unsupportedCount * 200 < total, "Unsupported " + unsupportedCount + " of " + total + " >= 0.5%");
  }

  /** Only the Up part of goose and dbmate files; offsets stay those of the file. */
  static String upSection(Path file) {
    try {
      String text = Files.readString(file);
      Matcher m = DOWN_MARKER.matcher(text);
      return m.find() ? text.substring(0, m.start()) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path corpusRoot() {
    String prop = System.getProperty("strata.corpus");
    return Path.of(prop != null && !prop.isBlank() ? prop : "../shared/corpus");
  }

  private static void printTable(Map<String, Integer> kinds, Map<String, Integer> unsupported, int total) {
    System.out.printf("%n%-24s %7s%n", "statement kind", "count");
    kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> System.out.printf("%-24s %7d%n", e.getKey(), e.getValue()));
    System.out.printf("%-24s %7d%n%nUnsupported kinds:%n", "total", total);
    unsupported.forEach((k, v) -> System.out.printf("  %-30s %5d%n", k, v));
  }

  private static void printThroughput(List<String> texts, int total) {
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      int n = 0;
      for (String text : texts) {
        n += SqlParser.parse(text).size();
      }
      assertEquals(total, n);
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf("%nParse throughput: %.0f statements/s (%d statements, best of 3 passes: %d ms)%n",
        total / (best / 1e9), total, best / 1_000_000);
  }
}
