package dev.strata.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.cli.LintEngine;
import dev.strata.server.cli.LintFinding;
import dev.strata.server.cli.LintReport;
import dev.strata.server.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole command line in-process with a fake terminal and a fake engine. */
class MainTest {
  @TempDir Path project;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<String> engineCalls = new ArrayList<>();

  @Test
  void noFindingsExitsZero() throws IOException {
    Files.createDirectory(project.resolve("db"));
    assertEquals(0, run(report(), "lint", "db"));
    assertEquals("1 migration, 1 statement: 0 errors, 0 warnings, 0 infos (in 0.01 s)\n",
        out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void errorExitsOne() {
    assertEquals(1, run(report(finding("error")), "lint"));
    assertTrue(out.toString().startsWith("V1__init.sql:1:12: error[unknown-table] "),
        out.toString());
  }

  @Test
  void warningExitsZeroByDefault() {
    assertEquals(0, run(report(finding("warning")), "lint"));
  }

  @Test
  void warningWithFailOnWarningExitsOne() {
    assertEquals(1, run(report(finding("warning")), "lint", "--fail-on", "warning"));
  }

  @Test
  void infoWithFailOnWarningExitsZero() {
    assertEquals(0, run(report(finding("info"), finding("hint")), "lint", "--fail-on=warning"));
  }

  @Test
  void unknownFormatIsAUsageErrorWithOneLine() {
    assertEquals(2, run(report(), "lint", "--format", "xml"));
    assertEquals("strata lint: unknown format 'xml' (expected one of text, json, sarif, github, gitlab)\n",
        err.toString());
    assertTrue(engineCalls.isEmpty());
  }

  @Test
  void unknownToolIsAUsageError() {
    assertEquals(2, run(report(), "lint", "--tool", "liquibase"));
    assertEquals("strata lint: unknown tool 'liquibase' (expected one of prisma, flyway, "
        + "golang-migrate, goose, dbmate, diesel, plain)\n", err.toString());
  }

  @Test
  void unknownFailOnLevelIsAUsageError() {
    assertEquals(2, run(report(), "lint", "--fail-on", "info"));
    assertEquals("strata lint: unknown --fail-on level 'info' (expected error or warning)\n",
        err.toString());
  }

  @Test
  void missingPathIsAUsageError() {
    assertEquals(2, run(report(), "lint", "no/such/dir"));
    assertEquals("strata lint: path 'no/such/dir' does not exist\n", err.toString());
    assertTrue(engineCalls.isEmpty());
  }

  @Test
  void unknownOptionIsAOneLineUsageError() {
    assertEquals(2, run(report(), "lint", "--bogus"));
    assertEquals("strata lint: Unknown option: '--bogus' (try 'strata lint --help')\n",
        err.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, run(report()));
    assertEquals("strata: missing command (try 'strata --help')\n", err.toString());
  }

  @Test
  void unwiredEngineIsAUsageError() {
    int code = Main.run(new String[] {"lint"}, terminal(), () -> {
      throw new UnsupportedOperationException("engine not wired");
    });
    assertEquals(2, code);
    assertEquals("strata lint: cannot lint: engine not wired\n", err.toString());
  }

  @Test
  void engineBugExitsThreeWithAStackTrace() {
    LintEngine buggy = (root, tool) -> {
      throw new IllegalStateException("catalog out of sync");
    };
    assertEquals(3, Main.run(new String[] {"lint"}, terminal(), () -> buggy));
    assertTrue(err.toString().startsWith("strata lint: internal error: "
        + "java.lang.IllegalStateException: catalog out of sync\n"), err.toString());
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void unreadableMigrationsAreAUsageError() {
    LintEngine failing = (root, tool) -> {
      throw new IOException("V3.sql: permission denied");
    };
    assertEquals(2, Main.run(new String[] {"lint"}, terminal(), () -> failing));
    assertEquals("strata lint: cannot read migrations under '.': V3.sql: permission denied\n",
        err.toString());
  }

  @Test
  void pathDefaultsToTheWorkingDirectoryAndToolIsCanonicalised() throws IOException {
    Files.createDirectories(project.resolve("prisma/migrations"));
    run(report(), "lint", "--tool", "Golang-Migrate");
    run(report(), "lint", "prisma/migrations");
    assertEquals(List.of(project + " golang-migrate", project.resolve("prisma/migrations") + " -"),
        engineCalls);
  }

  @Test
  void outputOptionWritesTheReportToAFileInsteadOfStdout() throws IOException {
    assertEquals(1,
        run(report(finding("error")), "lint", "--format", "json", "--output", "out.json"));
    assertEquals("", out.toString());
    String written = Files.readString(project.resolve("out.json"));
    assertTrue(written.contains("\"code\": \"unknown-table\""), written);
  }

  @Test
  void outputIsNeverColouredInAFile() throws IOException {
    Terminal colourTerminal =
        new Terminal(new PrintWriter(out), new PrintWriter(err), project, true);
    Main.run(new String[] {"lint", "--output", "out.txt"}, colourTerminal,
        () -> (root, tool) -> report(finding("error")));
    assertFalse(Files.readString(project.resolve("out.txt")).contains("\u001b["));
  }

  @Test
  void colourFollowsTheTerminal() {
    Terminal colourTerminal =
        new Terminal(new PrintWriter(out), new PrintWriter(err), project, true);
    Main.run(new String[] {"lint"}, colourTerminal, () -> (root, tool) -> report(finding("error")));
    assertTrue(out.toString().contains("\u001b[1;31merror[unknown-table]"), out.toString());
  }

  @Test
  void noColorDisablesColourOnlyWhenSetAndNonEmpty() {
    assertTrue(Terminal.colorAllowed(true, null));
    assertTrue(Terminal.colorAllowed(true, ""));
    assertFalse(Terminal.colorAllowed(true, "1"));
    assertFalse(Terminal.colorAllowed(false, null));
  }

  @Test
  void githubFormatWritesAnnotations() {
    assertEquals(1, run(report(finding("error")), "lint", "--format", "github"));
    assertTrue(out.toString().startsWith("::error file=V1__init.sql,line=1,col=12,"),
        out.toString());
  }

  @Test
  void helpAndVersionExitZero() {
    assertEquals(0, run(report(), "--help"));
    assertTrue(out.toString().contains("lint"), out.toString());
    assertEquals(0, run(report(), "lint", "--help"));
    assertTrue(out.toString().contains("--fail-on=LEVEL"), out.toString());
    assertEquals(0, run(report(), "--version"));
    assertTrue(out.toString().matches("(?s).*strata \\S+\\n$"), out.toString());
  }

  private int run(LintReport report, String... args) {
    LintEngine engine = (root, tool) -> {
      engineCalls.add(root + " " + tool.orElse("-"));
      return report;
    };
    return Main.run(args, terminal(), () -> engine);
  }

  private Terminal terminal() {
    return new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), project, false);
  }

  private LintReport report(LintFinding... findings) {
    return new LintReport(project.toString(), "flyway", 1, 1, List.of(findings), 5, List.of());
  }

  private static LintFinding finding(String severity) {
    return new LintFinding("V1__init.sql", 1, 12, 1, 17, severity, "unknown-table", "42P01",
        "table \"users\" does not exist", null, null, "DROP TABLE users;", "");
  }
}
