package dev.strata.server.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Strata's JSON format for scripts. The shape is a contract; add fields, never rename:
 *
 * <pre>
 * {"root", "tool", "migrations", "statements",
 *  "diagnostics": [{"file", "line", "column", "endLine", "endColumn", "severity", "code",
 *                   "sqlstate", "message", "migration", "help"}],
 *  "summary": {"errors", "warnings", "infos"}}
 * </pre>
 *
 * <p>{@code file} is relative to {@code root}; coordinates are as in {@link LintFinding}. Absent
 * optional values are written as {@code null}, so every key is always present.
 */
final class JsonReporter implements Reporter {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

  @Override
  public String render(LintReport report, ReportContext context) {
    JsonObject root = new JsonObject();
    root.addProperty("root", report.root());
    root.addProperty("tool", report.tool());
    root.addProperty("migrations", report.migrations());
    root.addProperty("statements", report.statements());
    JsonArray diagnostics = new JsonArray();
    report.findings().forEach(f -> diagnostics.add(diagnostic(f)));
    root.add("diagnostics", diagnostics);
    LintReport.Tally tally = report.tally();
    JsonObject summary = new JsonObject();
    summary.addProperty("errors", tally.errors());
    summary.addProperty("warnings", tally.warnings());
    summary.addProperty("infos", tally.infos());
    root.add("summary", summary);
    return GSON.toJson(root) + "\n";
  }

  private static JsonObject diagnostic(LintFinding f) {
    JsonObject d = new JsonObject();
    d.addProperty("file", f.file());
    d.addProperty("line", f.line());
    d.addProperty("column", f.column());
    d.addProperty("endLine", f.endLine());
    d.addProperty("endColumn", f.endColumn());
    d.addProperty("severity", f.severity());
    d.addProperty("code", f.code());
    d.addProperty("sqlstate", f.sqlstate());
    d.addProperty("message", f.message());
    d.addProperty("migration", f.migration());
    d.addProperty("help", f.help());
    return d;
  }
}
