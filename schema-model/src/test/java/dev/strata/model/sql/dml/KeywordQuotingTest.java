package dev.strata.model.sql.dml;

import static dev.strata.model.sql.dml.DmlFixture.check;
import static dev.strata.model.sql.dml.Problem.Kind.PARSE_FAILED;
import static dev.strata.model.sql.dml.Problem.Kind.UNKNOWN_COLUMN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Statements JSqlParser rejects because a column is named like one of its keywords ({@code output},
 * {@code script}, {@code value}) are parsed after quoting those names, and every range still points
 * into the original text.
 */
class KeywordQuotingTest {

  @Test
  void jsqlReservedWordsIncludeTheOnesLangfuseUsesAsColumns() {
    assertTrue(KeywordQuoting.JSQL_RESERVED.containsAll(List.of("output", "script", "value")));
    assertTrue(!KeywordQuoting.JSQL_RESERVED.contains("number"), "number parses as a column already");
  }

  @Test
  void quotesOnlyNamePositions() {
    assertEquals("UPDATE jobs SET \"script\" = 'x' WHERE j.\"output\" IS NULL AND \"value\" = 1",
        KeywordQuoting.rewrite("UPDATE jobs SET script = 'x' WHERE j.output IS NULL AND value = 1").text());
    assertEquals("INSERT INTO jobs (id, \"script\") VALUES (1, 'a') RETURNING \"output\"",
        KeywordQuoting.rewrite("INSERT INTO jobs (id, script) VALUES (1, 'a') RETURNING output").text());
    assertEquals("SELECT \"output\", CAST(x AS value) AS \"value\" FROM jobs ORDER BY \"output\"",
        KeywordQuoting.rewrite("SELECT output, CAST(x AS value) AS value FROM jobs ORDER BY output").text());
  }

  @Test
  void quotesTypeNamesUsedAsColumnsButNotCastTargets() {
    assertEquals("UPDATE t SET name = concat_ws('-', name, \"uuid\") WHERE \"blob\".x = y::uuid",
        KeywordQuoting.rewrite("UPDATE t SET name = concat_ws('-', name, uuid) WHERE blob.x = y::uuid").text());
  }

  @Test
  void quotesInFoldedSpellingSoNamesFoldAlike() {
    assertEquals("SELECT j.\"output\" FROM jobs j", KeywordQuoting.rewrite("SELECT j.OutPut FROM jobs j").text());
  }

  @Test
  void blankLinesBetweenTokensBecomeSpacesButNotInsideStrings() {
    String sql = "INSERT INTO jobs (id, name) VALUES (1, 'a\n\nb'),\n\n  (2, 'c') -- x\n\n";
    String out = KeywordQuoting.rewrite(sql).text();
    assertEquals(sql.length(), out.length());
    assertEquals("INSERT INTO jobs (id, name) VALUES (1, 'a\n\nb'),    (2, 'c') -- x\n ", out);
  }

  @Test
  void mapsRewrittenOffsetsBackToTheOriginal() {
    String original = "SELECT a.output, a.script FROM t a";
    QuotedText q = KeywordQuoting.rewrite(original);
    assertEquals("SELECT a.\"output\", a.\"script\" FROM t a", q.text());
    assertEquals(2, q.quotedCount());
    assertEquals(9, q.toOriginal(9), "opening quote maps to the word's start");
    assertEquals(10, q.toOriginal(11), "a char of the quoted word maps to the same char");
    assertEquals(15, q.toOriginal(16), "closing quote maps to the word's end");
    assertEquals(17, q.toOriginal(19), "the second qualifier shifts by two");
    assertEquals(original.indexOf("FROM"), q.toOriginal(q.text().indexOf("FROM")));
  }

  @Test
  void resolvesAQualifiedKeywordColumnOfAView() {
    Reference r = check("SELECT j.id, j.^output^, j.name FROM jobs j").ok().reference();
    Reference.CatalogColumn col = assertInstanceOf(Reference.CatalogColumn.class, r.target());
    assertEquals(Name.of("output"), col.column().name());
  }

  @Test
  void rangesAfterQuotedWordsStayExact() {
    check("SELECT j.output, j.script, j.^nope^ FROM jobs j")
        .fails(UNKNOWN_COLUMN, "column j.nope does not exist");
    check("INSERT INTO jobs (id, name, script, ^nope^) VALUES (1, 'n', 's', 2)")
        .fails(UNKNOWN_COLUMN, "column \"nope\" of relation \"jobs\" does not exist");
    check("UPDATE jobs SET Output = 'x', script = 'y' WHERE ^nope^ = 1")
        .fails(UNKNOWN_COLUMN, "column \"nope\" does not exist");
  }

  @Test
  void everyReferenceSlicesToItsOwnName() {
    DmlFixture f = check("""
        -- leading comment shifts offsets
        INSERT INTO jobs (id, name, script, output)

        SELECT j.id, j.name, j.script, j.OUTPUT FROM jobs j WHERE j.value = 'x'""").ok();
    assertEquals(List.of("TABLE:jobs", "COLUMN:id", "COLUMN:name", "COLUMN:script", "COLUMN:output",
        "QUALIFIER:j", "COLUMN:id", "QUALIFIER:j", "COLUMN:name", "QUALIFIER:j", "COLUMN:script",
        "QUALIFIER:j", "COLUMN:OUTPUT", "TABLE:jobs", "QUALIFIER:j", "COLUMN:value"), f.referenceTexts());
  }

  @Test
  void viewColumnsAreDerivedThroughTheRewrite() {
    String sql = "SELECT o.id, o.output, o.script AS value FROM jobs o";
    QueryColumns q = DmlResolver.queryColumns(sql, new TextRange(0, sql.length()), DmlFixture.LOOKUP);
    assertEquals(Optional.of(List.of(Name.of("id"), Name.of("output"), Name.of("value"))), q.columns());
  }

  @Test
  void stillReportsParseFailureWhenTheRewriteDoesNotHelp() {
    assertEquals(PARSE_FAILED, check("SELECT j.output FROM jobs j WHERE (").result.problems().get(0).kind());
  }
}
