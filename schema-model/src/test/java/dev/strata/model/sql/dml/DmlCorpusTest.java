package dev.strata.model.sql.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the resolver over every DML statement of the shared corpus with a lookup where every relation
 * exists with unknown columns. PostgreSQL accepted these statements, so the only acceptable outcome
 * besides PARSE_FAILED is silence, and every reference must point at text that spells its name.
 */
class DmlCorpusTest {
  private static final Set<String> DML = Set.of("insert", "update", "delete", "select", "with");

  @Test
  void resolvesCorpusDmlWithoutThrowingOrFalseAlarms() throws IOException {
    Path corpus = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));
    assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
    int parsed = 0;
    int failed = 0;
    List<String> alarms = new ArrayList<>();
    List<String> badRanges = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList()) {
        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        for (RawStatement st : Splitter.split(text)) {
          if (!DML.contains(st.first().text().toLowerCase(java.util.Locale.ROOT))) {
            continue;
          }
          DmlResult r = DmlResolver.check(text, st.range(), RelationLookup.permissive());
          if (r.parsed()) {
            parsed++;
          } else {
            failed++;
          }
          r.problems().stream().filter(p -> p.kind() != Problem.Kind.PARSE_FAILED)
              .forEach(p -> alarms.add(file + " " + p.message() + " @" + p.range().slice(text)));
          r.references().stream().filter(ref -> !ref.name().equals(SqlText.fold(ref.range().slice(text))))
              .forEach(ref -> badRanges.add(file + " " + ref + " slices to " + ref.range().slice(text)));
        }
      }
    }
    System.out.printf("corpus DML: %d parsed by JSqlParser, %d failed%n", parsed, failed);
    assertTrue(parsed > 100, "expected many parsed DML statements, got " + parsed);
    assertEquals(List.of(), alarms);
    assertEquals(List.of(), badRanges);
  }
}
