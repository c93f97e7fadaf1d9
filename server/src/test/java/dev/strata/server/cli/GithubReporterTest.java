package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
  private final Reporter github = OutputFormat.GITHUB.reporter();

  @Test
  void rendersSampleReportAsGolden() {
    Golden.assertMatches("sample.github",
        github.render(SampleReports.sample(), SampleReports.PLAIN));
  }

  @Test
  void escapesMessagesLikeTheActionsToolkit() {
    assertEquals("100%25 done:%0D%0Anext, line",
        GithubReporter.escapeData("100% done:\r\nnext, line"));
  }

  @Test
  void escapesPropertiesIncludingColonAndComma() {
    assertEquals("db/a%2C b%3Ac%25.sql%0A", GithubReporter.escapeProperty("db/a, b:c%.sql\n"));
  }

  @Test
  void usesNoticeForInfosAndHintsAndOmitsColumnsOnMultiLineRanges() {
    String[] lines = github.render(SampleReports.sample(), SampleReports.PLAIN).split("\n");
    assertEquals(4, lines.length);
    assertEquals("::notice file=db/20240102_orders%2C 100%25/migration.sql,line=5,endLine=7,"
        + "title=unsupported-statement::statement not modelled:%0ACREATE FUNCTION", lines[2]);
  }

  @Test
  void endColumnIsInclusiveAsGitHubCountsIt() {
    String out = github.render(SampleReports.single("error"), SampleReports.PLAIN);
    assertEquals("::error file=db/V1__init.sql,line=1,col=12,endLine=1,endColumn=16,"
        + "title=unknown-table::table \"users\" does not exist\n", out);
  }
}
