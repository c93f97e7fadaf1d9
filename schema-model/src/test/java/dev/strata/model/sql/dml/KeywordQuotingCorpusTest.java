package dev.strata.model.sql.dml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Per corpus history, how many queries (DML, view and CREATE TABLE AS bodies) JSqlParser rejects as
 * written, and how many stay unanalysed (the analysis' {@code query-not-analysed}) once rejected
 * ones are retried with keyword-named identifiers quoted. The retry must never lose a query that
 * parsed, and must rescue langfuse's {@code o.output} view and {@code script} inserts.
 */
class KeywordQuotingCorpusTest {

  private record Count(int queries, int before, int after) {
    Count plus(Count o) {
      return new Count(queries + o.queries, before + o.before, after + o.after);
    }
  }

  @Test
  void retryRescuesKeywordNamedColumnsAcrossTheCorpus() throws IOException {
    Path corpus = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"));
    assertTrue(Files.isDirectory(corpus), "corpus not found at " + corpus.toAbsolutePath());
    Map<String, Count> counts = new TreeMap<>();
    try (Stream<Path> histories = Files.list(corpus)) {
      for (Path history : histories.filter(Files::isDirectory).toList()) {
        counts.put(history.getFileName().toString(), count(history));
      }
    }
    counts.forEach((h, c) -> System.out.printf("query-not-analysed %-40s %4d queries: %3d before, %3d after%n",
        h, c.queries, c.before, c.after));
    counts.values().forEach(c -> assertTrue(c.after <= c.before, counts::toString));
    Count langfuse = counts.get("langfuse__langfuse");
    assertTrue(langfuse != null && langfuse.before >= 18 && langfuse.after <= 1, () -> "langfuse: " + langfuse);
  }

  private static Count count(Path history) throws IOException {
    Count total = new Count(0, 0, 0);
    try (Stream<Path> files = Files.walk(history)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql") && Files.isRegularFile(p)).toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (ParsedStatement ps : SqlParser.parse(text)) {
          Optional<Expr> query = query(ps.statement());
          if (query.isPresent()) {
            total = total.plus(count(text, query.get().range()));
          }
        }
      }
    }
    return total;
  }

  private static Count count(String text, TextRange range) {
    String body = range.slice(text).strip();
    body = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
    boolean before = JsqlParse.parse(body).isEmpty();
    boolean after = !DmlResolver.check(text, range, RelationLookup.permissive()).parsed();
    return new Count(1, before ? 1 : 0, after ? 1 : 0);
  }

  private static Optional<Expr> query(Statement s) {
    if (s instanceof Statement.Dml d && d.kind() != Statement.DmlKind.TRUNCATE && d.kind() != Statement.DmlKind.COPY
        && d.kind() != Statement.DmlKind.OTHER && d.kind() != Statement.DmlKind.MERGE) {
      return Optional.of(d.body());
    }
    if (s instanceof Statement.CreateView v) {
      return Optional.of(v.query());
    }
    if (s instanceof Statement.CreateTableAs t) {
      return Optional.of(t.query());
    }
    return Optional.empty();
  }
}
