package dev.strata.server.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab Code Quality JSON: an array with one issue per finding, as a {@code codequality} report
 * artifact expects it ({@code description}, {@code check_name}, {@code fingerprint}, {@code
 * severity}, {@code location.path}, {@code location.lines.begin}).
 *
 * <p>Severities map error → {@code critical}, warning → {@code major}, info → {@code minor}, hint
 * → {@code info}. GitLab compares the fingerprints of the merge request's report with the target
 * branch's to show what is new, so a fingerprint must survive unrelated edits: it hashes the path,
 * the code, the message and the trimmed source line, not the line number, plus the count of equal
 * issues before it (so two identical findings in one file stay two).
 */
final class GitlabReporter implements Reporter {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  @Override
  public String render(LintReport report, ReportContext context) {
    JsonArray issues = new JsonArray();
    Map<String, Integer> seen = new HashMap<>();
    for (LintFinding f : report.findings()) {
      String path = context.displayPath(report, f);
      String identity = path + "\0" + f.code() + "\0" + f.message() + "\0" + f.sourceLine().strip();
      int occurrence = seen.merge(identity, 1, Integer::sum);
      JsonObject issue = new JsonObject();
      issue.addProperty("description", f.help() == null ? f.message() : f.message() + " (help: " + f.help() + ")");
      issue.addProperty("check_name", f.code());
      issue.addProperty("fingerprint", sha256(identity + "\0" + occurrence));
      issue.addProperty("severity", severity(f.severity()));
      JsonObject lines = new JsonObject();
      lines.addProperty("begin", f.line());
      lines.addProperty("end", f.endLine());
      JsonObject location = new JsonObject();
      location.addProperty("path", path);
      location.add("lines", lines);
      issue.add("location", location);
      issues.add(issue);
    }
    return GSON.toJson(issues) + "\n";
  }

  /** GitLab's severity for one of ours. */
  static String severity(String ours) {
    if ("error".equals(ours)) {
      return "critical";
    }
    if ("warning".equals(ours)) {
      return "major";
    }
    return "info".equals(ours) ? "minor" : "info";
  }

  private static String sha256(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
