package dev.strata.server.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: one run, one rule per diagnostic code that
 * occurs (in order of first occurrence), one result per finding.
 *
 * <p>Locations are relative to {@code %SRCROOT%}, which {@code originalUriBaseIds} maps to the
 * working directory; in CI that is the repository checkout, so GitHub can place the alerts. A file
 * outside the working directory gets an absolute {@code file:} URI instead. Regions use SARIF's
 * exclusive {@code endColumn}, which is exactly {@link LintFinding#endColumn()}, counted in UTF-16
 * units as declared by {@code columnKind}.
 *
 * <p>{@code partialFingerprints["strata/v1"]} hashes the root-relative file, the code and the
 * message, so an alert keeps its identity when unrelated lines move.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/strata-sql/strata";
  static final String SRCROOT = "%SRCROOT%";
  static final String FINGERPRINT_KEY = "strata/v1";
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  @Override
  public String render(LintReport report, ReportContext context) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    JsonArray rules = new JsonArray();
    JsonArray results = new JsonArray();
    for (LintFinding f : report.findings()) {
      if (!ruleIndex.containsKey(f.code())) {
        ruleIndex.put(f.code(), ruleIndex.size());
        rules.add(rule(f));
      }
      results.add(result(report, f, ruleIndex.get(f.code()), context));
    }
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "Strata");
    driver.addProperty("informationUri", INFORMATION_URI);
    driver.addProperty("semanticVersion", context.version());
    driver.add("rules", rules);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("originalUriBaseIds", baseIds(context));
    run.addProperty("columnKind", "utf16CodeUnits");
    run.add("results", results);
    JsonArray runs = new JsonArray();
    runs.add(run);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA);
    log.addProperty("version", "2.1.0");
    log.add("runs", runs);
    return GSON.toJson(log) + "\n";
  }

  private static JsonObject rule(LintFinding f) {
    JsonObject rule = new JsonObject();
    rule.addProperty("id", f.code());
    rule.add("shortDescription", text(describe(f.code())));
    if (!f.docUrl().isEmpty()) {
      rule.addProperty("helpUri", f.docUrl());
    }
    JsonObject config = new JsonObject();
    config.addProperty("level", level(f.severity()));
    rule.add("defaultConfiguration", config);
    return rule;
  }

  private static JsonObject result(LintReport report, LintFinding f, int index, ReportContext ctx) {
    JsonObject result = new JsonObject();
    result.addProperty("ruleId", f.code());
    result.addProperty("ruleIndex", index);
    result.addProperty("level", level(f.severity()));
    String message = f.help() == null ? f.message() : f.message() + "\nhelp: " + f.help();
    result.add("message", text(message));
    JsonArray locations = new JsonArray();
    locations.add(location(report, f, ctx));
    result.add("locations", locations);
    JsonObject fingerprints = new JsonObject();
    fingerprints.addProperty(FINGERPRINT_KEY, fingerprint(f));
    result.add("partialFingerprints", fingerprints);
    JsonObject properties = new JsonObject();
    properties.addProperty("severity", f.severity());
    if (f.sqlstate() != null) {
      properties.addProperty("sqlstate", f.sqlstate());
    }
    if (f.migration() != null) {
      properties.addProperty("migration", f.migration());
    }
    result.add("properties", properties);
    return result;
  }

  private static JsonObject location(LintReport report, LintFinding f, ReportContext ctx) {
    JsonObject artifact = new JsonObject();
    if (ctx.isUnderWorkingDir(report, f)) {
      artifact.addProperty("uri", relativeUri(ctx.displayPath(report, f)));
      artifact.addProperty("uriBaseId", SRCROOT);
    } else {
      artifact.addProperty("uri", ctx.absolute(report, f).toUri().toString());
    }
    JsonObject region = new JsonObject();
    region.addProperty("startLine", f.line());
    region.addProperty("startColumn", f.column());
    region.addProperty("endLine", f.endLine());
    region.addProperty("endColumn", f.endColumn());
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", artifact);
    physical.add("region", region);
    JsonObject location = new JsonObject();
    location.add("physicalLocation", physical);
    return location;
  }

  private static JsonObject baseIds(ReportContext ctx) {
    JsonObject srcroot = new JsonObject();
    String uri = ctx.workingDir().toUri().toString();
    srcroot.addProperty("uri", uri.endsWith("/") ? uri : uri + "/");
    JsonObject ids = new JsonObject();
    ids.add(SRCROOT, srcroot);
    return ids;
  }

  /** A relative URI reference for a forward-slash path, percent-encoding what URIs forbid. */
  static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot encode path " + path, e);
    }
  }

  /** SHA-256 over file, code and message: stable across runs and unrelated edits. */
  static String fingerprint(LintFinding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = f.file() + '\u0000' + f.code() + '\u0000' + f.message();
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** SARIF knows error, warning and note; info and hint are notes. */
  static String level(String severity) {
    return "error".equals(severity) || "warning".equals(severity) ? severity : "note";
  }

  /** {@code unknown-column} becomes {@code Unknown column}. */
  static String describe(String code) {
    String words = code.replace('-', ' ');
    return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static JsonObject text(String value) {
    JsonObject message = new JsonObject();
    message.addProperty("text", value);
    return message;
  }
}
