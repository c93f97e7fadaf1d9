package dev.strata.model.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.Statement.DmlKind;
import dev.strata.model.sql.ast.Statement.TransactionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilityStatementsParserTest {
  @Test
  void readsSetAndReset() {
    Statement.SetVariable path = Parsing.parse("SET LOCAL search_path TO \"App\", Public, 'x y';",
        Statement.SetVariable.class);
    assertEquals("search_path", path.variable());
    assertEquals(List.of("App", "public", "x y"), path.values());
    assertTrue(path.local());
    assertEquals("timezone", Parsing.parse("SET TIME ZONE 'UTC';", Statement.SetVariable.class).variable());
    assertEquals(List.of("0"), Parsing.parse("SET statement_timeout = 0;", Statement.SetVariable.class).values());
    assertTrue(Parsing.parse("RESET search_path;", Statement.SetVariable.class).reset());
    Statement.SetVariable dump = Parsing.parse("SELECT pg_catalog.set_config('search_path', '', false);",
        Statement.SetVariable.class);
    assertEquals(List.of(""), dump.values());
    assertFalse(dump.local());
  }

  @Test
  void readsTransactionControl() {
    assertEquals(TransactionKind.BEGIN, Parsing.parse("BEGIN;", Statement.Transaction.class).kind());
    assertEquals(TransactionKind.BEGIN,
        Parsing.parse("START TRANSACTION ISOLATION LEVEL SERIALIZABLE;", Statement.Transaction.class).kind());
    assertEquals(TransactionKind.COMMIT, Parsing.parse("END;", Statement.Transaction.class).kind());
    assertEquals(TransactionKind.ROLLBACK_TO,
        Parsing.parse("ROLLBACK TO SAVEPOINT s1;", Statement.Transaction.class).kind());
    assertEquals(TransactionKind.SAVEPOINT, Parsing.parse("SAVEPOINT s1;", Statement.Transaction.class).kind());
    assertEquals(TransactionKind.RELEASE, Parsing.parse("RELEASE s1;", Statement.Transaction.class).kind());
  }

  @Test
  void keepsDmlWholeWithoutSemicolon() {
    Statement.Dml d = Parsing.parse("UPDATE t SET a = 1 FROM u WHERE u.id = t.id;", Statement.Dml.class);
    assertEquals(DmlKind.UPDATE, d.kind());
    assertEquals("UPDATE t SET a = 1 FROM u WHERE u.id = t.id", d.body().text());
    assertEquals(DmlKind.INSERT,
        Parsing.parse("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x;", Statement.Dml.class).kind());
    assertEquals(DmlKind.TRUNCATE, Parsing.parse("TRUNCATE t;", Statement.Dml.class).kind());
    assertTrue(Parsing.parse("DO $$ BEGIN NULL; END $$;", Statement.DoBlock.class).body().text().startsWith("$$"));
  }

  @Test
  void classifiesStatementsWithoutSchemaEffect() {
    Statement.NoEffect lock = Parsing.parse("LOCK TABLE ONLY s.t IN ACCESS EXCLUSIVE MODE;", Statement.NoEffect.class);
    assertEquals("s.t", lock.target().orElseThrow().toString());
    assertEquals("t", Parsing.parse("CREATE POLICY p ON t USING (true);", Statement.NoEffect.class)
        .target().orElseThrow().toString());
    assertEquals("t", Parsing.parse("GRANT SELECT, INSERT ON TABLE t TO app;", Statement.NoEffect.class)
        .target().orElseThrow().toString());
    assertTrue(Parsing.parse("GRANT USAGE ON SCHEMA s TO app;", Statement.NoEffect.class).target().isEmpty());
    assertEquals("mv", Parsing.parse("REFRESH MATERIALIZED VIEW CONCURRENTLY mv;", Statement.NoEffect.class)
        .target().orElseThrow().toString());
    Parsing.parse("ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT SELECT ON TABLES TO r;", Statement.NoEffect.class);
    Parsing.parse("CREATE ROLE app LOGIN;", Statement.NoEffect.class);
    Parsing.parse("SELECT pg_advisory_lock(42);", Statement.NoEffect.class);
    assertEquals("CREATE AGGREGATE",
        Parsing.parse("CREATE AGGREGATE a (int) (sfunc = f, stype = int);", Statement.Unsupported.class).kind());
    assertEquals("CREATE FOREIGN TABLE",
        Parsing.parse("CREATE FOREIGN TABLE ft (a int) SERVER s;", Statement.Unsupported.class).kind());
  }

  @Test
  void reportsSyntaxErrorsLikePostgresAndContinues() {
    String sql = "CREATE TABLE t (a int,);\nCREATE TABLE u (b int);\nALTER TABLE t FROB a;\nCREATE TABLE v (";
    List<ParsedStatement> all = SqlParser.parse(sql);
    assertEquals(4, all.size());
    Statement.ParseError first = assertInstanceOf(Statement.ParseError.class, all.get(0).statement());
    assertEquals("syntax error at or near \")\"", first.message());
    assertEquals(")", first.at().slice(sql));
    assertInstanceOf(Statement.CreateTable.class, all.get(1).statement());
    Statement.ParseError frob = assertInstanceOf(Statement.ParseError.class, all.get(2).statement());
    assertEquals("syntax error at or near \"FROB\"", frob.message());
    Statement.ParseError end = assertInstanceOf(Statement.ParseError.class, all.get(3).statement());
    assertEquals("syntax error at end of input", end.message());
  }

  @Test
  void reportsUnterminatedQuotesAndComments() {
    Statement.ParseError q = assertInstanceOf(Statement.ParseError.class,
        SqlParser.parse("SELECT 'abc;").get(0).statement());
    assertTrue(q.message().startsWith("unterminated quoted string at or near \"'abc;"), q.message());
    Statement.ParseError c = assertInstanceOf(Statement.ParseError.class,
        SqlParser.parse("SELECT 1; /* open").get(1).statement());
    assertTrue(c.message().startsWith("unterminated /* comment"), c.message());
    Statement.ParseError id = assertInstanceOf(Statement.ParseError.class,
        SqlParser.parse("CREATE TABLE \"t (a int);").get(0).statement());
    assertTrue(id.message().startsWith("unterminated quoted identifier"), id.message());
  }

  @Test
  void decodesUnicodeIdentifiers() {
    Statement.CreateTable t = Parsing.parse("CREATE TABLE U&\"d\\0061t\\+000061\" (\"a\"\"b\" int);",
        Statement.CreateTable.class);
    assertEquals("data", t.name().name().value());
    assertEquals("a\"b", t.columns().get(0).name().value());
  }
}
