package dev.strata.server.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * The human format, modelled on rustc and squawk: a location header, the source line with a
 * line-number gutter, carets under the range, then help and SQLSTATE; a summary line at the end.
 *
 * <pre>
 * db/V2__orders.sql:3:19: error[unknown-column] column "customer_id" does not exist ...
 *  3 | CREATE INDEX ON orders (customer_id);
 *    |                         ^^^^^^^^^^^
 *   = help: add the column first
 *   = sqlstate: 42703
 * </pre>
 *
 * <p>Continuation lines of a multi-line message are indented by two spaces, so every line that
 * starts in column 1 is a {@code path:line:col:} header, a note or the summary. Carets keep tabs
 * from the source so they stay aligned; a range that ends on a later line is underlined to the end
 * of its first line. Colour is ANSI and only used when the context allows.
 */
final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String GUTTER = "\u001b[1;34m";

  @Override
  public String render(LintReport report, ReportContext context) {
    Paint paint = new Paint(context.color());
    StringBuilder out = new StringBuilder();
    Map<String, String> shown = new HashMap<>();
    for (LintFinding f : report.findings()) {
      appendFinding(out, f, shown.computeIfAbsent(f.file(), file -> context.displayPath(report, f)), paint);
      out.append('\n');
    }
    for (String note : report.notes()) {
      out.append(paint.wrap(BOLD, "note")).append(": ").append(note).append('\n');
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  private static void appendFinding(StringBuilder out, LintFinding f, String path, Paint paint) {
    String tone = tone(f.severity());
    out.append(paint.wrap(BOLD, path + ":" + f.line() + ":" + f.column() + ":"))
        .append(' ')
        .append(paint.wrap(tone, f.severity() + "[" + f.code() + "]"))
        .append(' ')
        .append(paint.wrap(BOLD, f.message().replace("\n", "\n  ")))
        .append('\n');
    String number = Integer.toString(f.line());
    String blank = " ".repeat(number.length());
    String source = stripLineEnd(f.sourceLine());
    out.append(paint.wrap(GUTTER, " " + number + " |"));
    out.append(source.isEmpty() ? "" : " " + source);
    out.append('\n');
    out.append(paint.wrap(GUTTER, " " + blank + " |")).append(' ');
    out.append(caretIndent(source, f.column())).append(paint.wrap(tone, carets(f, source)));
    out.append('\n');
    if (f.help() != null) {
      out.append("  = ").append(paint.wrap(BOLD, "help")).append(": ").append(f.help());
      out.append('\n');
    }
    if (f.sqlstate() != null) {
      out.append("  = ").append(paint.wrap(BOLD, "sqlstate")).append(": ").append(f.sqlstate());
      out.append('\n');
    }
  }

  /** Whitespace under the characters before the range, keeping tabs so terminals align. */
  static String caretIndent(String source, int column) {
    StringBuilder indent = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      indent.append(i < source.length() && source.charAt(i) == '\t' ? '\t' : ' ');
    }
    return indent.toString();
  }

  /** At least one caret; to the end of the line when the range continues on later lines. */
  static String carets(LintFinding f, String source) {
    int width = f.endLine() == f.line()
        ? f.endColumn() - f.column()
        : source.length() - (f.column() - 1);
    return "^".repeat(Math.max(1, width));
  }

  static String summary(LintReport report) {
    LintReport.Tally t = report.tally();
    return plural(report.migrations(), "migration") + ", "
        + plural(report.statements(), "statement") + ": "
        + plural(t.errors(), "error") + ", "
        + plural(t.warnings(), "warning") + ", "
        + plural(t.infos(), "info")
        + " (in " + seconds(report.elapsedMillis()) + " s)";
  }

  /** {@code 1234} ms as {@code 1.23}: two decimals, rounded half up (no Formatter at start-up). */
  static String seconds(long millis) {
    long hundredths = (Math.max(0, millis) + 5) / 10;
    long frac = hundredths % 100;
    return hundredths / 100 + "." + (frac < 10 ? "0" : "") + frac;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String stripLineEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }

  private static String tone(String severity) {
    if ("error".equals(severity)) {
      return "\u001b[1;31m";
    }
    if ("warning".equals(severity)) {
      return "\u001b[1;33m";
    }
    return "info".equals(severity) ? "\u001b[1;36m" : "\u001b[1;32m";
  }

  /** ANSI styling that collapses to plain text when colour is off. */
  private record Paint(boolean enabled) {
    String wrap(String style, String text) {
      return enabled ? style + text + RESET : text;
    }
  }
}
