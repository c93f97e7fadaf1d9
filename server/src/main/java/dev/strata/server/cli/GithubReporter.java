package dev.strata.server.cli;

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations:
 *
 * <pre>
 * ::error file=db/V2.sql,line=3,col=19,endLine=3,endColumn=29,title=unknown-column::column ...
 * </pre>
 *
 * <p>Errors use {@code ::error}, warnings {@code ::warning}, infos and hints {@code ::notice}.
 * GitHub's columns are inclusive, so {@code endColumn} is one less than {@link
 * LintFinding#endColumn()}; GitHub accepts columns only on single-line annotations, so a range
 * over several lines carries lines only. Values are escaped as the Actions toolkit does:
 * {@code % CR LF} in the message, and additionally {@code : ,} in properties. Help text follows the
 * message on its own line. No summary line is written: annotations are the whole output.
 */
final class GithubReporter implements Reporter {

  @Override
  public String render(LintReport report, ReportContext context) {
    StringBuilder out = new StringBuilder();
    for (LintFinding f : report.findings()) {
      out.append("::").append(command(f.severity())).append(' ');
      out.append("file=").append(escapeProperty(context.displayPath(report, f)));
      out.append(",line=").append(f.line());
      if (f.endLine() == f.line()) {
        out.append(",col=").append(f.column());
        out.append(",endLine=").append(f.endLine());
        out.append(",endColumn=").append(Math.max(f.column(), f.endColumn() - 1));
      } else {
        out.append(",endLine=").append(f.endLine());
      }
      out.append(",title=").append(escapeProperty(f.code()));
      String message = f.help() == null ? f.message() : f.message() + "\nhelp: " + f.help();
      out.append("::").append(escapeData(message)).append('\n');
    }
    return out.toString();
  }

  private static String command(String severity) {
    return "error".equals(severity) || "warning".equals(severity) ? severity : "notice";
  }

  /** Escapes a command's message, as {@code escapeData} in the Actions toolkit. */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value, as {@code escapeProperty} in the Actions toolkit. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
