package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.FileId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runner's contracts: exceptions become diagnostics, severities apply by id, suppressions are scoped. */
class CheckRunnerTest {
  private static final String HISTORY = """
      -- file: 001_init/migration.sql
      CREATE TABLE users (id bigint PRIMARY KEY, email text, nickname text);
      -- file: 002_drop/migration.sql
      ALTER TABLE users DROP COLUMN nickname;
      """;

  private static final class Throwing implements Check {
    @Override
    public DiagnosticCode code() {
      return DiagnosticCode.check("always-throws", Severity.WARNING);
    }

    @Override
    public void run(CheckContext ctx, Statement stmt) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void anExceptionInARuleBecomesAnInternalErrorAndOtherRulesStillRun() {
    String sql = "ALTER TABLE users DROP COLUMN email;";
    Migration m = Migration.whole(new FileId("002.sql"), "002", "002", Tool.PRISMA,
        TransactionMode.IMPLICIT_SINGLE_QUERY, sql);
    Catalog before = Analysis.of(List.of(Migration.whole(new FileId("001.sql"), "001", "001", Tool.PRISMA,
        TransactionMode.IMPLICIT_SINGLE_QUERY, "CREATE TABLE users (id bigint, email text);"))).finalCatalog();
    ParsedStatement ps = SqlParser.parse(sql).get(0);
    CheckRunner runner = CheckRunner.start(m, Map.of(), 15,
        List.of(new Throwing(), Checks.byId("dropping-column").orElseThrow()));
    List<Diagnostic> out = runner.statement(ps, before, before, true, List.of());
    assertEquals(List.of("internal-error", "dropping-column"), out.stream().map(d -> d.code().id()).toList());
    assertEquals(Severity.INFO, out.get(0).severity());
    assertTrue(out.get(0).message().contains("always-throws") && out.get(0).message().contains("boom"),
        out.get(0).message());
  }

  @Test
  void configuredSeverityReplacesTheDefaultAndEmptyTurnsTheRuleOff() {
    Analysis raised = CheckFixtures.analyse(HISTORY,
        new AnalysisConfig(Map.of("dropping-column", Optional.of(Severity.ERROR)), 15));
    assertEquals(List.of("ERROR dropping-column"), summary(raised));
    Analysis off = CheckFixtures.analyse(HISTORY, new AnalysisConfig(Map.of("dropping-column", Optional.empty()), 15));
    assertEquals(List.of(), summary(off));
  }

  @Test
  void optInRuleRunsOnlyWhenConfigured() {
    String history = "-- file: 001.sql\nCREATE TABLE t (id bigint, name varchar(20));\n";
    assertEquals(List.of(), summary(CheckFixtures.analyse(history, AnalysisConfig.DEFAULT)));
    Analysis on = CheckFixtures.analyse(history, new AnalysisConfig(Map.of("prefer-text", Optional.of(Severity.HINT)), 15));
    assertEquals(List.of("HINT prefer-text"), summary(on));
  }

  @Test
  void suppressionOfADisabledRuleIsNotReportedAsUnused() {
    String history = "-- file: 001.sql\nCREATE TABLE t (id bigint);\n-- strata-ignore prefer-text\nALTER TABLE t ADD COLUMN n text;\n";
    assertEquals(List.of(), summary(CheckFixtures.analyse(history, AnalysisConfig.DEFAULT)));
  }

  @Test
  void statementSuppressionCoversOnlyTheStatementAfterIt() {
    String history = HISTORY.replace("ALTER TABLE users DROP COLUMN nickname;",
        "-- strata-ignore dropping-column\nALTER TABLE users DROP COLUMN nickname;\nALTER TABLE users DROP COLUMN email;");
    List<Diagnostic> ds = CheckFixtures.analyse(history, AnalysisConfig.DEFAULT).diagnostics();
    assertEquals(1, ds.size());
    assertTrue(ds.get(0).message().contains("\"email\""), ds.get(0).message());
  }

  @Test
  void suppressionAlsoSilencesCatalogDiagnostics() {
    String history = "-- file: 001.sql\n-- strata-ignore unknown-table\nALTER TABLE created_by_go_code ADD COLUMN n text;\n";
    assertEquals(List.of(), summary(CheckFixtures.analyse(history, AnalysisConfig.DEFAULT)));
  }

  private static List<String> summary(Analysis a) {
    return a.diagnostics().stream().map(d -> d.severity() + " " + d.code().id()).toList();
  }
}
