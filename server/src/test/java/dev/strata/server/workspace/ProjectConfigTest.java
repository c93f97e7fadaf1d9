package dev.strata.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {
  @Test
  void readsToolRootsPostgresAndRules() {
    ProjectConfig c = ProjectConfig.parse("""
        # strata settings
        tool = "prisma"   # forced
        roots = [
          "apps/api/prisma/migrations",  # the main one
          'apps/jobs/prisma/migrations',
        ]
        postgres = 16

        [rules]
        drop-column = "off"
        "unknown-table" = "Warning"
        """);

    assertEquals(Optional.of(Tool.PRISMA), c.tool());
    assertEquals(List.of("apps/api/prisma/migrations", "apps/jobs/prisma/migrations"), c.roots());
    assertEquals(16, c.postgres());
    assertEquals(Map.of("drop-column", RuleLevel.OFF, "unknown-table", RuleLevel.WARNING), c.rules());
    assertEquals(List.of(), c.warnings());
    assertEquals(new DiscoveryOptions(Optional.of(Tool.PRISMA), c.roots()), c.discoveryOptions());
    assertEquals(Optional.of(Severity.WARNING), c.rules().get("unknown-table").severity());
    assertEquals(Optional.empty(), c.rules().get("drop-column").severity());
  }

  @Test
  void historyBaselineAndGitBaseRefBecomeTheAnalysisConfig() {
    ProjectConfig c = ProjectConfig.parse("""
        postgres = 14
        [rules]
        dropping-column = "error"
        prefer-text = "off"
        [history]
        baseline = "0_init"
        [git]
        base-ref = "origin/develop"
        """);

    assertEquals(List.of(), c.warnings());
    assertEquals(Optional.of("origin/develop"), c.baseRef());
    AnalysisConfig a = c.analysisConfig();
    assertEquals(14, a.postgresVersion());
    assertEquals(Optional.of("0_init"), a.baseline());
    assertEquals(Map.of("dropping-column", Optional.of(Severity.ERROR), "prefer-text", Optional.empty()), a.severities());
  }

  @Test
  void badHistoryAndGitValuesAreIgnoredWithAWarning() {
    ProjectConfig c = ProjectConfig.parse("""
        [history]
        baseline = 3
        squash = "x"
        [git]
        base-ref = ""
        """);

    assertEquals(Optional.empty(), c.baseline());
    assertEquals(Optional.empty(), c.baseRef());
    assertEquals(3, c.warnings().size(), c.warnings().toString());
    assertTrue(c.warnings().get(0).contains("line 2: [history] baseline must be a migration name"), c.warnings().get(0));
    assertTrue(c.warnings().get(1).contains("unknown key squash in [history]"), c.warnings().get(1));
    assertTrue(c.warnings().get(2).contains("line 5: [git] base-ref must be a git ref"), c.warnings().get(2));
  }

  @Test
  void badValuesFallBackToDefaultsWithAWarningPerLine() {
    ProjectConfig c = ProjectConfig.parse("""
        tool = "liquibase"
        postgres = 9
        roots = 3
        colour = "blue"
        [rules]
        drop-column = "loud"
        Drop_Column = "off"
        [server]
        port = 1
        """);

    assertEquals(ProjectConfig.DEFAULT.tool(), c.tool());
    assertEquals(15, c.postgres());
    assertEquals(List.of(), c.roots());
    assertEquals(Map.of(), c.rules());
    assertEquals(7, c.warnings().size(), c.warnings().toString());
    assertTrue(c.warnings().get(0).startsWith("strata.toml line 1: tool must be one of prisma, flyway"), c.warnings().get(0));
    assertTrue(c.warnings().get(1).contains("line 2: postgres must be a major version"), c.warnings().get(1));
    assertTrue(c.warnings().get(6).contains("unknown table [server]"), c.warnings().get(6));
  }

  @Test
  void syntaxErrorsCostOnlyTheirLine() {
    ProjectConfig c = ProjectConfig.parse("""
        tool = "goose
        roots = ["db"] trailing
        postgres = true
        postgres = 14
        """);

    assertEquals(List.of(), c.roots());
    assertEquals(14, c.postgres());
    assertEquals(
        List.of("strata.toml line 1: unclosed string", "strata.toml line 2: unexpected text after the value",
            "strata.toml line 3: unsupported value (use a \"string\", a number or [\"a\", \"b\"])"),
        c.warnings());
  }

  @Test
  void duplicateKeysKeepTheFirstValue() {
    ProjectConfig c = ProjectConfig.parse("postgres = 14\npostgres = 16\n");

    assertEquals(14, c.postgres());
    assertEquals(List.of("strata.toml line 2: postgres is set twice; keeping the first value"), c.warnings());
  }

  @Test
  void missingFileMeansDefaults(@TempDir Path dir) {
    assertEquals(ProjectConfig.DEFAULT, ProjectConfig.load(dir));
  }

  @Test
  void loadsTheFileAtTheProjectRoot(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("strata.toml"), "tool = \"golang-migrate\"\n");

    assertEquals(Optional.of(Tool.GOLANG_MIGRATE), ProjectConfig.load(dir).tool());
  }
}
