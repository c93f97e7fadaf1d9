package dev.strata.model.sql.dml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryColumnsTest {

  private static QueryColumns columns(String sql) {
    return DmlResolver.queryColumns(sql, new TextRange(0, sql.length()), DmlFixture.LOOKUP);
  }

  private static List<String> names(QueryColumns q) {
    return q.columns().orElseThrow().stream().map(Name::value).toList();
  }

  @Test
  void derivesOutputNamesLikePostgres() {
    QueryColumns q = columns("""
        SELECT c.id, o.total AS amount, upper(c.name), c.name::text, CASE WHEN true THEN 1 END, 1 + 1
        FROM customers c JOIN orders o ON o.customer_id = c.id""");
    assertEquals(List.of("id", "amount", "upper", "name", "case", "?column?"), names(q));
    assertEquals(List.of("customers", "orders"),
        q.relationsRead().stream().map(r -> r.name().value()).toList());
    assertTrue(q.columnsRead().stream().anyMatch(c -> c.column().name().equals(Name.of("total"))));
  }

  @Test
  void expandsStarsFromTheLookup() {
    assertEquals(List.of("id", "customer_id", "total", "id", "clientId", "client_id", "name"),
        names(columns("SELECT o.*, c.* FROM orders o, customers c")));
    assertEquals(List.of("id", "customer_id", "total"), names(columns("SELECT * FROM orders")));
  }

  @Test
  void columnsAreUnknownWhenAStarCoversUnknownColumns() {
    assertEquals(Optional.empty(), columns("SELECT * FROM v").columns());
    assertEquals(Optional.empty(), columns("SELECT * FROM nope").columns());
    assertEquals(Optional.empty(), columns("SELECT name FROM customers WHERE (").columns());
  }

  @Test
  void cteAndSetOperationNamesComeFromTheFirstBranch() {
    assertEquals(List.of("k", "n"), names(columns(
        "WITH x AS (SELECT id AS k, name AS n FROM customers) SELECT * FROM x UNION ALL SELECT 1, 'a'")));
  }

  @Test
  void reportsTheP3006ColumnAt205Col10OfTheRealFile() throws IOException {
    Path file = Path.of(System.getProperty("strata.corpus", "../../shared/corpus"),
        "seed_p3006/apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql");
    String text = Files.readString(file);
    int start = text.indexOf("UPDATE \"onboarding_states\" os");
    TextRange range = new TextRange(start, text.indexOf(';', start) + 1);
    DmlResult r = DmlResolver.check(text, range, DmlFixture.LOOKUP);
    assertEquals(1, r.problems().size(), r.problems()::toString);
    Problem p = r.problems().get(0);
    LineIndex lines = LineIndex.of(text);
    assertEquals("205:10", (lines.line(p.range().start()) + 1) + ":" + (lines.column(p.range().start()) + 1));
    assertEquals("\"customer_id\"", p.range().slice(text));
    assertEquals("column os.customer_id does not exist", p.message());
  }
}
