package dev.strata.model.sql.dml;

import dev.strata.model.sql.ast.Expr;
import dev.strata.model.text.TextRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Resolves the table and column names of one DML statement or query against the schema at a point
 * in history, PostgreSQL's way. Never throws: where JSqlParser cannot parse the text the result
 * holds a single {@link Problem.Kind#PARSE_FAILED} (which callers report as info, not an error).
 */
public final class DmlResolver {
  private DmlResolver() {}

  /**
   * Parses the statement or query at {@code range} of {@code source} ahead of its {@link #check} or
   * {@link #queryColumns}, which then find the parse done: lets a history's DML be parsed in
   * parallel before the sequential apply.
   */
  public static void prepare(String source, TextRange range) {
    JsqlParse.parseRetrying(trimmed(source, range).slice(source));
  }

  /** Checks the statement at {@code range} of {@code source} (a trailing ';' is ignored). */
  public static DmlResult check(String source, TextRange range, RelationLookup lookup) {
    return run(source, range, lookup).result();
  }

  /** Checks an expression body our DDL parser kept, e.g. a view's query. */
  public static DmlResult check(String source, Expr body, RelationLookup lookup) {
    return check(source, body.range(), lookup);
  }

  /**
   * The output column names of the query at {@code range} ({@code CREATE VIEW ... AS query},
   * {@code CREATE TABLE ... AS query}) when derivable, and what it reads.
   */
  public static QueryColumns queryColumns(String source, TextRange range, RelationLookup lookup) {
    Run run = run(source, range, lookup);
    Optional<List<dev.strata.model.catalog.Name>> columns = run.shape()
        .filter(QueryBinder.Shape::known)
        .map(QueryBinder.Shape::columns);
    return new QueryColumns(columns, run.result());
  }

  public static QueryColumns queryColumns(String source, Expr body, RelationLookup lookup) {
    return queryColumns(source, body.range(), lookup);
  }

  private record Run(DmlResult result, Optional<QueryBinder.Shape> shape) {}

  private static Run run(String source, TextRange range, RelationLookup lookup) {
    TextRange body = trimmed(source, range);
    String text = body.slice(source);
    Optional<JsqlParse.Parsed> parsed = JsqlParse.parseRetrying(text);
    if (parsed.isEmpty()) {
      return new Run(parseFailed(body), Optional.empty());
    }
    try {
      Statement statement = parsed.get().statement();
      Binder binder = new Binder(new SqlText(text, body.start(), parsed.get().text()), lookup);
      QueryBinder queries = new QueryBinder(binder);
      Optional<QueryBinder.Shape> shape = Optional.empty();
      if (statement instanceof Select select) {
        shape = Optional.of(queries.select(select, null));
      } else {
        new DmlBinder(queries).statement(statement, null);
      }
      List<Reference> refs = binder.references.stream()
          .sorted(Comparator.comparing(Reference::range)).distinct().toList();
      List<Problem> problems = binder.problems.stream().sorted(Comparator.comparing(Problem::range)).toList();
      return new Run(new DmlResult(refs, problems), shape);
    } catch (RuntimeException | StackOverflowError e) {
      // A JSqlParser tree shape we did not anticipate: say nothing rather than something wrong.
      return new Run(parseFailed(body), Optional.empty());
    }
  }

  private static DmlResult parseFailed(TextRange body) {
    return new DmlResult(List.of(), List.of(new Problem(Problem.Kind.PARSE_FAILED, body,
        "JSqlParser could not parse this statement; its names were not checked", List.of(), List.of())));
  }

  /** The range without surrounding whitespace and a trailing semicolon. */
  private static TextRange trimmed(String source, TextRange range) {
    int start = Math.max(0, Math.min(range.start(), source.length()));
    int end = Math.max(start, Math.min(range.end(), source.length()));
    while (end > start && (Character.isWhitespace(source.charAt(end - 1)) || source.charAt(end - 1) == ';')) {
      end--;
    }
    while (start < end && Character.isWhitespace(source.charAt(start))) {
      start++;
    }
    return new TextRange(start, end);
  }
}
