package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.QName;
import org.junit.jupiter.api.Test;

/**
 * Stored expressions print as PostgreSQL 15 reads them back. Every expected text below was taken
 * from a real server ({@code pg_get_expr}, {@code pg_get_indexdef(.., n, true)}).
 */
class ExprDeparserTest {
  private static final String T = "CREATE TABLE t (s varchar(10), n int, f float8, x numeric, d timestamp, "
      + "value jsonb, c char(3), body text, flag boolean, payload jsonb, extra text);\n";

  private static String generated(String ddl, String table, String col) {
    return History.of(ddl).ok().column(table, col).generated().orElseThrow();
  }

  private static Index index(History h, String name) {
    return h.cat.index(QName.of("public", name)).orElseThrow();
  }

  @Test
  void generatedColumnsPrintLikePgGetExpr() {
    String ddl = "CREATE FUNCTION fulltext_index(text) RETURNS tsvector LANGUAGE sql AS $$ SELECT null $$;\n"
        + "CREATE TABLE e (value jsonb, payload jsonb, n int, x numeric, s varchar(10),"
        + " deleted bool GENERATED ALWAYS AS (CAST(value ->> 'deleted' AS bool)) STORED,"
        + " sd text GENERATED ALWAYS AS (value #>> '{state, endDate}') STORED,"
        + " ft tsvector GENERATED ALWAYS AS (FULLTEXT_INDEX(CAST(value ->> 'id' AS varchar))) STORED,"
        + " h text GENERATED ALWAYS AS (MD5(payload::TEXT)) STORED,"
        + " w text GENERATED ALWAYS AS (value -> 'taskRun' ->> 'id') STORED,"
        + " g text GENERATED ALWAYS AS (CASE WHEN n > 1 THEN 'big' ELSE s END) STORED,"
        + " k numeric GENERATED ALWAYS AS (n * 2 + x - 1.5) STORED);";
    assertEquals("((value ->> 'deleted'::text))::boolean", generated(ddl, "e", "deleted"));
    assertEquals("(value #>> '{state,endDate}'::text[])", generated(ddl, "e", "sd"));
    assertEquals("fulltext_index((((value ->> 'id'::text))::character varying)::text)", generated(ddl, "e", "ft"));
    assertEquals("md5((payload)::text)", generated(ddl, "e", "h"));
    assertEquals("((value -> 'taskRun'::text) ->> 'id'::text)", generated(ddl, "e", "w"));
    assertEquals("\nCASE\n    WHEN (n > 1) THEN 'big'::character varying\n    ELSE s\nEND", generated(ddl, "e", "g"));
    assertEquals("((((n * 2))::numeric + x) - 1.5)", generated(ddl, "e", "k"));
  }

  @Test
  void indexPredicatesArePrettyAndTyped() {
    History h = History.of(T + "CREATE TYPE st AS ENUM ('A', 'B');\nALTER TABLE t ADD COLUMN st st;\n"
        + "CREATE INDEX i1 ON t (s) WHERE s IN ('a','b') AND NOT (n BETWEEN 1 AND 5) AND s LIKE 'x%';\n"
        + "CREATE INDEX i2 ON t (n) WHERE f > 1 AND x = 2 AND d > '2020-01-01' AND c = 'ab' AND (n = 1 OR n = 2);\n"
        + "CREATE INDEX i3 ON t (n) WHERE (\"body\" IS NULL) AND flag = TRUE AND body = 'user';\n"
        + "CREATE INDEX i4 ON t (n) WHERE \"st\" = 'A' OR st IN ('A', 'B');").ok();
    assertEquals("(s::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])) AND NOT "
        + "(n >= 1 AND n <= 5) AND s::text ~~ 'x%'::text", index(h, "i1").predicate().orElseThrow());
    assertEquals("f > 1::double precision AND x = 2::numeric AND d > '2020-01-01 00:00:00'::timestamp without "
        + "time zone AND c = 'ab'::bpchar AND (n = 1 OR n = 2)", index(h, "i2").predicate().orElseThrow());
    assertEquals("body IS NULL AND flag = true AND body = 'user'::text", index(h, "i3").predicate().orElseThrow());
    assertEquals("st = 'A'::st OR (st = ANY (ARRAY['A'::st, 'B'::st]))", index(h, "i4").predicate().orElseThrow());
  }

  @Test
  void indexExpressionsAreParenthesisedUnlessFunctionCalls() {
    History h = History.of(T + "CREATE INDEX i ON t ((n + 1), lower(s), COALESCE(s, 'z'), (extra::jsonb->'r'),"
        + " to_tsvector('english', body));").ok();
    assertEquals("[(n + 1), lower(s::text), COALESCE(s, 'z'::character varying), (extra::jsonb -> 'r'::text), "
        + "to_tsvector('english'::regconfig, body)]",
        index(h, "i").keys().stream().map(Index.Key::display).toList().toString());
  }

  @Test
  void defaultsBeyondLiteralsGoThroughTheTypedPrinter() {
    History h = History.of("CREATE TABLE t (a text DEFAULT md5((random()::text || clock_timestamp()::text))::uuid::text,"
        + " b text[] DEFAULT ARRAY[]::TEXT[], k float8 DEFAULT 0.5, k3 int DEFAULT -3 + 1);").ok();
    assertEquals("((md5(((random())::text || (clock_timestamp())::text)))::uuid)::text",
        h.column("t", "a").defaultExpr().orElseThrow());
    assertEquals("ARRAY[]::text[]", h.column("t", "b").defaultExpr().orElseThrow());
    assertEquals("0.5", h.column("t", "k").defaultExpr().orElseThrow());
    assertEquals("('-3'::integer + 1)", h.column("t", "k3").defaultExpr().orElseThrow());
  }
}
