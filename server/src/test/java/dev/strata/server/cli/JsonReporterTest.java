package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
  private final Reporter json = OutputFormat.JSON.reporter();

  @Test
  void rendersSampleReportAsGolden() {
    Golden.assertMatches("sample.json", json.render(SampleReports.sample(), SampleReports.PLAIN));
  }

  @Test
  void hasExactlyTheDocumentedKeysWithNullsForAbsentValues() {
    JsonObject root = parse(SampleReports.sample());
    assertEquals(Set.of("root", "tool", "migrations", "statements", "diagnostics", "summary"),
        root.keySet());
    JsonObject info = root.getAsJsonArray("diagnostics").get(2).getAsJsonObject();
    assertEquals(List.of("file", "line", "column", "endLine", "endColumn", "severity", "code",
        "sqlstate", "message", "migration", "help"), List.copyOf(info.keySet()));
    assertTrue(info.get("sqlstate").isJsonNull());
    assertTrue(info.get("help").isJsonNull());
  }

  @Test
  void filesStayRelativeToRootWhateverTheWorkingDirectory() {
    JsonObject first = parse(SampleReports.sample())
        .getAsJsonArray("diagnostics").get(0).getAsJsonObject();
    assertEquals("20240101_init/migration.sql", first.get("file").getAsString());
  }

  @Test
  void summaryCountsBySeverity() {
    JsonObject summary = parse(SampleReports.sample()).getAsJsonObject("summary");
    assertEquals(1, summary.get("errors").getAsInt());
    assertEquals(1, summary.get("warnings").getAsInt());
    assertEquals(2, summary.get("infos").getAsInt());
  }

  private JsonObject parse(LintReport report) {
    return JsonParser.parseString(json.render(report, SampleReports.PLAIN)).getAsJsonObject();
  }
}
