package dev.strata.model.sql.dml;

import static dev.strata.model.sql.dml.DmlFixture.check;
import static dev.strata.model.sql.dml.Problem.Kind.AMBIGUOUS_COLUMN;
import static dev.strata.model.sql.dml.Problem.Kind.MISSING_FROM_ENTRY;
import static dev.strata.model.sql.dml.Problem.Kind.PARSE_FAILED;
import static dev.strata.model.sql.dml.Problem.Kind.UNKNOWN_COLUMN;
import static dev.strata.model.sql.dml.Problem.Kind.UNKNOWN_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmlResolverTest {

  @Test
  void reportsP3006CustomerIdOnTheColumnTokenNotTheQualifier() {
    Problem p = check("""
        -- 5. Backfill
        UPDATE "onboarding_states" os
        SET "clientId" = c."clientId"
        FROM "customers" c
        WHERE os.^"customer_id"^ = c."id"
          AND os."clientId" IS NULL;
        """).fails(UNKNOWN_COLUMN, "column os.customer_id does not exist");
    assertEquals(List.of(Name.of("customer_id"), Name.of("onboarding_states")), p.names());
    assertTrue(p.candidates().contains(Name.of("client_id")), p.candidates()::toString);
  }

  @Test
  void resolvesEveryNameOfTheFixedP3006Statement() {
    DmlFixture f = check("""
        UPDATE "onboarding_states" os SET "clientId" = c."clientId"
        FROM "customers" c WHERE os."client_id" = c."id" AND os."clientId" IS NULL""").ok();
    assertEquals(List.of("TABLE:\"onboarding_states\"", "COLUMN:\"clientId\"", "QUALIFIER:c", "COLUMN:\"clientId\"",
        "TABLE:\"customers\"", "QUALIFIER:os", "COLUMN:\"client_id\"", "QUALIFIER:c", "COLUMN:\"id\"",
        "QUALIFIER:os", "COLUMN:\"clientId\""), f.referenceTexts());
    assertTrue(f.result.references().stream().allMatch(Reference::resolved));
  }

  @Test
  void setTargetResolvesToTheUpdatedTablesColumn() {
    Reference r = check("UPDATE customers c SET ^name^ = o.id::text FROM orders o WHERE o.customer_id = c.id")
        .ok().reference();
    Reference.CatalogColumn col = assertInstanceOf(Reference.CatalogColumn.class, r.target());
    assertEquals(Name.of("customers"), col.relation().name());
    assertEquals(Name.of("name"), col.column().name());
  }

  @Test
  void qualifiedSetTargetIsAnErrorAsInPostgres() {
    check("UPDATE customers c SET ^c^.name = 'x'")
        .fails(UNKNOWN_COLUMN, "column \"c\" of relation \"customers\" does not exist");
  }

  @Test
  void reportsAmbiguousUnqualifiedColumn() {
    Problem p = check("SELECT ^id^ FROM customers c JOIN orders o ON o.customer_id = c.id")
        .fails(AMBIGUOUS_COLUMN, "column reference \"id\" is ambiguous");
    assertEquals(List.of(Name.of("c"), Name.of("o")), p.candidates());
  }

  @Test
  void joinUsingMergesTheColumn() {
    check("SELECT id FROM customers JOIN orders USING (id)").ok();
    check("SELECT 1 FROM customers JOIN orders USING (^nope^)")
        .fails(UNKNOWN_COLUMN, "specified in USING clause does not exist in left table");
  }

  @Test
  void aliasHidesTheTablesOwnName() {
    Problem p = check("UPDATE \"onboarding_states\" os SET status = 'x' WHERE ^\"onboarding_states\"^.id = 1")
        .fails(MISSING_FROM_ENTRY, "invalid reference to FROM-clause entry for table \"onboarding_states\"");
    assertEquals(List.of(Name.of("os")), p.candidates());
  }

  @Test
  void reportsMissingFromClauseEntry() {
    check("SELECT ^x^.id FROM customers").fails(MISSING_FROM_ENTRY, "missing FROM-clause entry for table \"x\"");
    check("SELECT ^x^.* FROM customers").fails(MISSING_FROM_ENTRY, "missing FROM-clause entry for table \"x\"");
  }

  @Test
  void reportsUnknownTableWithCandidates() {
    Problem p = check("SELECT * FROM ^custmers^").fails(UNKNOWN_TABLE, "relation \"custmers\" does not exist");
    assertTrue(p.candidates().contains(Name.of("customers")));
    check("SELECT * FROM ^other.customers^").fails(UNKNOWN_TABLE, "relation \"other.customers\" does not exist");
  }

  @Test
  void cteIsARelationWithTheColumnsOfItsQuery() {
    DmlFixture f = check("WITH c AS (SELECT id AS cid FROM customers) SELECT ^cid^ FROM c").ok();
    assertInstanceOf(Reference.LocalColumn.class, f.reference().target());
    check("WITH c AS (SELECT id AS cid FROM customers) SELECT c.^id^ FROM c")
        .fails(UNKNOWN_COLUMN, "column c.id does not exist");
    check("WITH c(k) AS (SELECT id FROM customers) SELECT k FROM c").ok();
    check("WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r").ok();
  }

  @Test
  void subqueriesSeeOuterNames() {
    check("SELECT * FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND name > '')")
        .ok();
    check("SELECT * FROM customers c WHERE c.id IN (SELECT customer_id FROM orders WHERE ^nope^ > 0)")
        .fails(UNKNOWN_COLUMN, "column \"nope\" does not exist");
    check("SELECT (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n FROM customers c ORDER BY n").ok();
  }

  @Test
  void lateralSeesEarlierFromItems() {
    check("SELECT l.n FROM customers c, LATERAL (SELECT c.name AS n) l").ok();
    check("SELECT l.^name^ FROM customers c, LATERAL (SELECT c.name AS n) l")
        .fails(UNKNOWN_COLUMN, "column l.name does not exist");
  }

  @Test
  void insertOnConflictSeesExcluded() {
    check("""
        INSERT INTO customers AS t (id, name) VALUES (1, 'a')
        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name WHERE t.name <> EXCLUDED.name
        RETURNING t.id, name""").ok();
    check("INSERT INTO customers (id, name) VALUES (1, 'a') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.^nam^")
        .fails(UNKNOWN_COLUMN, "column excluded.nam does not exist");
    check("INSERT INTO customers (id, ^nam^) VALUES (1, 'a')")
        .fails(UNKNOWN_COLUMN, "column \"nam\" of relation \"customers\" does not exist");
    check("INSERT INTO customers (id) VALUES (1) ON CONFLICT (^ident^) DO NOTHING")
        .fails(UNKNOWN_COLUMN, "column \"ident\" of relation \"customers\" does not exist");
  }

  @Test
  void insertSelectDoesNotSeeTheTarget() {
    check("INSERT INTO orders (id, customer_id) SELECT id, id FROM customers").ok();
    check("INSERT INTO orders (id) SELECT ^total^ FROM customers")
        .fails(UNKNOWN_COLUMN, "column \"total\" does not exist");
  }

  @Test
  void deleteUsingAndReturning() {
    check("DELETE FROM orders o USING customers c WHERE o.customer_id = c.id RETURNING o.total").ok();
    check("DELETE FROM orders o USING customers c WHERE o.customer_id = c.^foo^")
        .fails(UNKNOWN_COLUMN, "column c.foo does not exist");
    check("UPDATE customers SET name = 'x' RETURNING ^nme^").fails(UNKNOWN_COLUMN, "column \"nme\" does not exist");
  }

  @Test
  void parseFailureIsReportedAloneOverTheStatement() {
    DmlFixture f = check("^SELECT name FROM customers WHERE (^;");
    Problem p = f.fails(PARSE_FAILED, "JSqlParser");
    assertTrue(p.kind().sqlState().isEmpty());
    assertEquals(List.of(), f.result.references());
  }

  @Test
  void foldsQuotedAndUnquotedNamesLikePostgres() {
    check("SELECT \"clientId\", ID, Customers.NAME FROM Customers").ok();
    check("SELECT ^clientId^ FROM customers").fails(UNKNOWN_COLUMN, "column \"clientid\" does not exist");
    check("SELECT ^\"ID\"^ FROM customers").fails(UNKNOWN_COLUMN, "column \"ID\" does not exist");
  }

  @Test
  void tabsAndPrecedingTextKeepExactRanges() {
    check("-- header\n\n\tSELECT\tid,\t^\"nope\"^\tFROM\tcustomers;\n")
        .fails(UNKNOWN_COLUMN, "column \"nope\" does not exist");
    check("SELECT 'ĀĀ𝄞', c.\t^nope^ FROM customers c").fails(UNKNOWN_COLUMN, "column c.nope does not exist");
  }

  @Test
  void keywordsFunctionsAndLiteralsAreNotColumns() {
    check("""
        UPDATE customers SET name = DEFAULT, id = nextval('seq_id')
        WHERE now() > CURRENT_TIMESTAMP - INTERVAL '1 day' AND true AND CAST(id AS text) <> ''
          AND ctid IS NOT NULL AND CURRENT_DATE IS NOT NULL""").ok();
    check("UPDATE customers SET name = E'it\\'s' WHERE ^nope^ = 1").fails(UNKNOWN_COLUMN, "column \"nope\"");
  }

  @Test
  void relationsWithUnknownColumnsNeverReportColumns() {
    check("SELECT anything, v.other FROM v").ok();
    check("SELECT g FROM generate_series(1, 3) g").ok();
    check("SELECT u.x FROM unnest(ARRAY[1]) AS u(x)").ok();
  }

  @Test
  void setOperationsGroupByOrderByAndColumnAliases() {
    check("SELECT id FROM customers UNION SELECT id FROM orders ORDER BY id").ok();
    check("SELECT name AS n, count(*) FROM customers GROUP BY n ORDER BY n").ok();
    check("SELECT x.a FROM customers AS x(a, b)").ok();
    check("SELECT x.^id^ FROM customers AS x(a)").fails(UNKNOWN_COLUMN, "column x.id does not exist");
    check("SELECT s.id FROM (SELECT id FROM customers) s WHERE s.id > 0").ok();
  }
}
