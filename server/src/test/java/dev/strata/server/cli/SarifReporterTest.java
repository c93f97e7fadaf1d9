package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
  private final Reporter sarif = OutputFormat.SARIF.reporter();

  @Test
  void rendersSampleReportAsGolden() {
    Golden.assertMatches("sample.sarif", sarif.render(SampleReports.sample(), SampleReports.PLAIN));
  }

  @Test
  void sampleIsValidAgainstTheSarif210Schema() throws IOException {
    assertEquals(Set.of(), validate(sarif.render(SampleReports.sample(), SampleReports.PLAIN)));
  }

  @Test
  void emptyReportIsValidAgainstTheSarif210Schema() throws IOException {
    assertEquals(Set.of(), validate(sarif.render(SampleReports.empty(), SampleReports.PLAIN)));
  }

  @Test
  void schemaValidationCatchesABrokenLog() throws IOException {
    String broken = sarif.render(SampleReports.sample(), SampleReports.PLAIN)
        .replace("\"level\": \"note\"", "\"level\": \"info\"");
    assertFalse(validate(broken).isEmpty());
  }

  @Test
  void hasThePropertiesGitHubCodeScanningRequires() {
    JsonObject run = run(SampleReports.sample());
    JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
    assertEquals("Strata", driver.get("name").getAsString());
    assertEquals("0.1.0-test", driver.get("semanticVersion").getAsString());
    JsonArray rules = driver.getAsJsonArray("rules");
    for (var element : run.getAsJsonArray("results")) {
      JsonObject result = element.getAsJsonObject();
      JsonObject rule = rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
      assertEquals(rule.get("id"), result.get("ruleId"));
      assertFalse(result.getAsJsonObject("message").get("text").getAsString().isEmpty());
      JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
          .getAsJsonObject("physicalLocation");
      assertEquals("%SRCROOT%",
          physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
      assertTrue(physical.getAsJsonObject("region").get("startLine").getAsInt() >= 1);
      assertEquals(64, result.getAsJsonObject("partialFingerprints")
          .get(SarifReporter.FINGERPRINT_KEY).getAsString().length());
    }
    assertEquals("file:///project/", run.getAsJsonObject("originalUriBaseIds")
        .getAsJsonObject("%SRCROOT%").get("uri").getAsString());
  }

  @Test
  void rulesAreListedOncePerCodeInOrderOfFirstUse() {
    JsonArray rules = run(SampleReports.sample()).getAsJsonObject("tool")
        .getAsJsonObject("driver").getAsJsonArray("rules");
    List<String> ids = rules.asList().stream()
        .map(r -> r.getAsJsonObject().get("id").getAsString()).toList();
    assertEquals(List.of("unknown-column", "drop-column", "unsupported-statement",
        "missing-semicolon"), ids);
    assertEquals("Unknown column", rules.get(0).getAsJsonObject()
        .getAsJsonObject("shortDescription").get("text").getAsString());
  }

  @Test
  void urisArePercentEncodedAndRelativeToTheWorkingDirectory() {
    JsonObject location = run(SampleReports.sample()).getAsJsonArray("results").get(1)
        .getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
    assertEquals("db/20240102_orders,%20100%25/migration.sql", location.get("uri").getAsString());
  }

  @Test
  void fileOutsideTheWorkingDirectoryGetsAnAbsoluteUri() {
    LintReport outside = new LintReport("/elsewhere/db", "plain", 1, 1,
        SampleReports.single("error").findings(), 1, List.of());
    JsonObject artifact = run(outside).getAsJsonArray("results").get(0).getAsJsonObject()
        .getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
    assertEquals("file:///elsewhere/db/V1__init.sql", artifact.get("uri").getAsString());
    assertFalse(artifact.has("uriBaseId"));
  }

  @Test
  void fingerprintDependsOnFileCodeAndMessageOnly() {
    LintFinding a = SampleReports.onText("V1.sql", 1, "DROP TABLE t;", "t")
        .build("error", "unknown-table", null, "table t does not exist", null, null);
    LintFinding moved = SampleReports.onText("V1.sql", 7, "  DROP TABLE t;", "t")
        .build("error", "unknown-table", null, "table t does not exist", null, "help");
    LintFinding other = SampleReports.onText("V2.sql", 1, "DROP TABLE t;", "t")
        .build("error", "unknown-table", null, "table t does not exist", null, null);
    assertEquals(SarifReporter.fingerprint(a), SarifReporter.fingerprint(moved));
    assertNotEquals(SarifReporter.fingerprint(a), SarifReporter.fingerprint(other));
  }

  @Test
  void mapsInfosAndHintsToNote() {
    assertEquals("error", SarifReporter.level("error"));
    assertEquals("warning", SarifReporter.level("warning"));
    assertEquals("note", SarifReporter.level("info"));
    assertEquals("note", SarifReporter.level("hint"));
  }

  private JsonObject run(LintReport report) {
    return JsonParser.parseString(sarif.render(report, SampleReports.PLAIN)).getAsJsonObject()
        .getAsJsonArray("runs").get(0).getAsJsonObject();
  }

  private static Set<ValidationMessage> validate(String sarifJson) throws IOException {
    try (InputStream schemaText =
        SarifReporterTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText);
      return schema.validate(new ObjectMapper().readTree(sarifJson));
    }
  }
}
