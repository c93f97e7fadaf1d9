package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitlabReporterTest {
  private final Reporter gitlab = OutputFormat.GITLAB.reporter();

  @Test
  void rendersSampleReportAsGolden() {
    Golden.assertMatches("sample.gitlab", gitlab.render(SampleReports.sample(), SampleReports.PLAIN));
  }

  @Test
  void mapsSeveritiesToGitlabLevels() {
    JsonArray issues = parse(gitlab.render(SampleReports.sample(), SampleReports.PLAIN));
    List<String> severities = issues.asList().stream()
        .map(e -> e.getAsJsonObject().get("severity").getAsString()).toList();
    assertEquals(List.of("critical", "major", "minor", "info"), severities);
    JsonObject first = issues.get(0).getAsJsonObject();
    assertEquals("unknown-column", first.get("check_name").getAsString());
    assertEquals("db/20240101_init/migration.sql", first.getAsJsonObject("location").get("path").getAsString());
    assertEquals(3, first.getAsJsonObject("location").getAsJsonObject("lines").get("begin").getAsInt());
  }

  @Test
  void fingerprintIgnoresTheLineNumberButTellsDuplicatesApart() {
    LintFinding a = SampleReports.onText("V1__init.sql", 1, "DROP TABLE users;", "users")
        .build("error", "unknown-table", "42P01", "table \"users\" does not exist", null, null);
    LintFinding moved = SampleReports.onText("V1__init.sql", 7, "DROP TABLE users;", "users")
        .build("error", "unknown-table", "42P01", "table \"users\" does not exist", null, null);
    String once = fingerprints(List.of(a)).get(0);
    assertEquals(once, fingerprints(List.of(moved)).get(0));
    List<String> twice = fingerprints(List.of(a, moved));
    assertEquals(once, twice.get(0));
    assertNotEquals(twice.get(0), twice.get(1));
  }

  @Test
  void emptyReportIsAnEmptyArray() {
    assertEquals("[]\n", gitlab.render(SampleReports.empty(), SampleReports.PLAIN));
  }

  private List<String> fingerprints(List<LintFinding> findings) {
    LintReport r = new LintReport("db", "flyway", 1, 1, findings, 1, List.of());
    return parse(gitlab.render(r, SampleReports.PLAIN)).asList().stream()
        .map(e -> e.getAsJsonObject().get("fingerprint").getAsString()).toList();
  }

  private static JsonArray parse(String json) {
    return JsonParser.parseString(json).getAsJsonArray();
  }
}
