package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths users see: relative to where they stand, with forward slashes. */
class ReportContextTest {
  private final ReportContext ctx = new ReportContext(Path.of("/repo"), false, "1.0.0");

  @Test
  void relativeRootIsResolvedAgainstTheWorkingDirectory() {
    assertEquals("db/migrations/V1.sql", shown("db/migrations", "V1.sql"));
  }

  @Test
  void absoluteRootUnderTheWorkingDirectoryBecomesRelative() {
    assertEquals("prisma/migrations/001_init/migration.sql",
        shown("/repo/prisma/migrations", "001_init/migration.sql"));
  }

  @Test
  void rootEqualToTheWorkingDirectoryShowsTheBareFile() {
    assertEquals("V1.sql", shown(".", "V1.sql"));
  }

  @Test
  void rootOutsideTheWorkingDirectoryKeepsDotDot() {
    assertEquals("../other/V1.sql", shown("/other", "V1.sql"));
    assertFalse(ctx.isUnderWorkingDir(report("/other"), finding("V1.sql")));
  }

  @Test
  void redundantSegmentsAreNormalised() {
    assertEquals("db/V1.sql", shown("./db/../db/", "./V1.sql"));
    assertTrue(ctx.isUnderWorkingDir(report("./db/../db/"), finding("./V1.sql")));
  }

  @Test
  void backslashesInFindingPathsBecomeForwardSlashes() {
    assertEquals("sub/V1.sql", finding("sub\\V1.sql").file());
  }

  @Test
  void findingRejectsARangeThatEndsBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> new LintFinding(
        "a.sql", 3, 5, 3, 4, "error", "x", null, "m", null, null, "", ""));
  }

  @Test
  void findingRejectsAnUnknownSeverity() {
    assertThrows(IllegalArgumentException.class, () -> new LintFinding(
        "a.sql", 1, 1, 1, 2, "fatal", "x", null, "m", null, null, "", ""));
  }

  private String shown(String root, String file) {
    return ctx.displayPath(report(root), finding(file));
  }

  private static LintReport report(String root) {
    return new LintReport(root, "plain", 1, 1, List.of(), 0, List.of());
  }

  private static LintFinding finding(String file) {
    return new LintFinding(file, 1, 1, 1, 2, "error", "x", null, "m", null, null, "", "");
  }
}
