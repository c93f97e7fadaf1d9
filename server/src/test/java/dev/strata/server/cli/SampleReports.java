package dev.strata.server.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * Fake reports for reporter and command tests. Ranges are found by searching the source line for
 * the underlined text, so no column is counted by hand.
 */
final class SampleReports {
  static final Path WORKING_DIR = Path.of("/project");
  static final ReportContext PLAIN = new ReportContext(WORKING_DIR, false, "0.1.0-test");
  static final ReportContext COLOR = new ReportContext(WORKING_DIR, true, "0.1.0-test");

  private SampleReports() {}

  /**
   * Two Prisma migrations under {@code db/}: an error with SQLSTATE and help, a warning on a line
   * indented by a tab in a folder whose name needs escaping, a multi-line info with a newline in
   * its message, and an empty-range hint.
   */
  static LintReport sample() {
    String init = "20240101_init/migration.sql";
    String orders = "20240102_orders, 100%/migration.sql";
    return new LintReport("db", "prisma", 2, 9, List.of(
        onText(init, 3, "CREATE INDEX ON orders (customer_id);", "customer_id")
            .build("error", "unknown-column", "42703",
                "column \"customer_id\" does not exist on table \"orders\" at this point in history"
                    + " (20240101_init)",
                "20240101_init", "add the column in an earlier migration, or fix the name"),
        onText(orders, 2, "\tALTER TABLE users DROP COLUMN email;", "DROP COLUMN email")
            .build("warning", "drop-column", null,
                "Dropping column \"email\" may break existing clients: 100% of readers, today",
                "20240102_orders, 100%", "stop reading the column first, then drop it"),
        new Range(orders, 5, 1, 7, 3, "CREATE FUNCTION f() RETURNS int")
            .build("info", "unsupported-statement", null,
                "statement not modelled:\nCREATE FUNCTION", null, null),
        new Range(orders, 9, 9, 9, 9, "SELECT 1")
            .build("hint", "missing-semicolon", "42601", "statement has no terminating semicolon",
                null, "end the statement with ';'")),
        123, List.of("tool prisma detected from db/schema.prisma"));
  }

  /** A report with one finding of the given severity and nothing else. */
  static LintReport single(String severity) {
    return new LintReport("db", "flyway", 1, 1, List.of(
        onText("V1__init.sql", 1, "DROP TABLE users;", "users")
            .build(severity, "unknown-table", "42P01", "table \"users\" does not exist",
                null, null)),
        5, List.of());
  }

  static LintReport empty() {
    return new LintReport("db", "flyway", 3, 12, List.of(), 2_345, List.of());
  }

  /** A single-line range over the first occurrence of {@code underlined} in {@code source}. */
  static Range onText(String file, int line, String source, String underlined) {
    int start = source.indexOf(underlined);
    if (start < 0) {
      throw new IllegalArgumentException(underlined + " not in " + source);
    }
    return new Range(file, line, start + 1, line, start + 1 + underlined.length(), source);
  }

  record Range(String file, int line, int column, int endLine, int endColumn, String source) {
    LintFinding build(String severity, String code, String sqlstate, String message,
        String migration, String help) {
      return new LintFinding(file, line, column, endLine, endColumn, severity, code, sqlstate,
          message, migration, help, source, "https://strata.dev/docs/diagnostics#" + code);
    }
  }
}
