package dev.strata.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured squashed baseline makes the tables it (and everything before it) creates count as existing. */
class BaselineTest {
  private static final String HISTORY = """
      -- file: 001_pre/migration.sql
      CREATE TABLE accounts (id bigint PRIMARY KEY);
      -- file: 002_baseline/migration.sql
      CREATE TABLE users (id bigint PRIMARY KEY, email text);
      CREATE INDEX users_email ON users (email);
      -- file: 003_later/migration.sql
      CREATE TABLE events (id bigint PRIMARY KEY, kind text);
      CREATE INDEX events_kind ON events (kind);
      """;

  @Test
  void withoutBaselineTablesAreNewForTheRestOfTheirMigration() {
    assertEquals(List.of(), findings(CheckFixtures.analyse(HISTORY, AnalysisConfig.DEFAULT)));
  }

  @Test
  void tablesCreatedInTheBaselineCountAsExistingEvenThere() {
    Analysis a = CheckFixtures.analyse(HISTORY, AnalysisConfig.DEFAULT.withBaseline("002_baseline"));
    assertEquals(List.of("002_baseline/migration.sql require-concurrent-index-creation existing table \"users\""),
        findings(a));
  }

  @Test
  void aBaselineNameNotInTheHistoryChangesNothing() {
    Analysis a = CheckFixtures.analyse(HISTORY, new AnalysisConfig(Map.of(), 15).withBaseline("999_missing"));
    assertEquals(List.of(), findings(a));
  }

  @Test
  void incrementalUpdateRecomputesWhenTheBaselineMovesPastAMigration() {
    Analysis a = CheckFixtures.analyse(HISTORY, AnalysisConfig.DEFAULT.withBaseline("003_later"));
    assertEquals(2, findings(a).size());
    Analysis without = a.update(a.migrations().subList(0, 2));
    assertEquals(List.of(), findings(without));
  }

  private static List<String> findings(Analysis a) {
    return a.diagnostics().stream().filter(d -> d.code().category() == dev.strata.model.diag.Category.CHECK)
        .map(BaselineTest::describe).toList();
  }

  private static String describe(Diagnostic d) {
    String m = d.message();
    int at = m.indexOf("existing table");
    return d.range().file().path() + " " + d.code().id() + " " + (at < 0 ? m : m.substring(at, m.indexOf('"', m.indexOf('"', at) + 1) + 1));
  }
}
