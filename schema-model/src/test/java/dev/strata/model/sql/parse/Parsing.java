package dev.strata.model.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/** Shared test fixture: parse one statement, assert its type and that all its ranges point at their text. */
final class Parsing {
  private Parsing() {}

  static <T extends Statement> T parse(String sql, Class<T> type) {
    List<ParsedStatement> all = SqlParser.parse(sql);
    assertEquals(1, all.size(), "statements in: " + sql);
    Statement st = all.get(0).statement();
    List<String> problems = new ArrayList<>();
    AstRanges.check(sql, st, problems::add);
    assertEquals(List.of(), problems, "ranges of " + st);
    return assertInstanceOf(type, st, () -> "parsed as " + st);
  }
}
