package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Tool;
import dev.strata.server.workspace.ProjectConfig;
import dev.strata.server.workspace.RuleLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Lenient parsing of the editor's strata settings and their merge with strata.toml. */
class ServerSettingsTest {
  private static ServerSettings.Parsed parse(String json) {
    return ServerSettings.parse(JsonParser.parseString(json));
  }

  @Test
  void readsEverySetting() {
    ServerSettings s = parse("{\"migrationRoots\": [\"db/migrations\"], \"tool\": \"Prisma\", \"postgresVersion\": \"16\","
        + " \"rules\": {\"drop-column\": \"off\"}, \"debounceMillis\": 40, \"future\": true}").settings();
    assertEquals(new ServerSettings(List.of("db/migrations"), Optional.of(Tool.PRISMA), OptionalInt.of(16),
        Map.of("drop-column", RuleLevel.OFF), 40), s);
  }

  @Test
  void nullAndNonObjectsAreDefaultsWithoutWarnings() {
    assertEquals(new ServerSettings.Parsed(ServerSettings.DEFAULT, List.of()), ServerSettings.parse(null));
    assertEquals(new ServerSettings.Parsed(ServerSettings.DEFAULT, List.of()), parse("[1]"));
    assertEquals(new ServerSettings.Parsed(ServerSettings.DEFAULT, List.of()), parse("{\"tool\": null}"));
  }

  @Test
  void eachBadValueFallsBackWithOneWarning() {
    ServerSettings.Parsed p = parse("{\"migrationRoots\": [1], \"tool\": \"liquibase\", \"postgresVersion\": 9,"
        + " \"rules\": {\"drop-column\": \"loud\", \"unknown-table\": \"warn\"}, \"debounceMillis\": -5}");
    assertEquals(new ServerSettings(List.of(), Optional.empty(), OptionalInt.empty(),
        Map.of("unknown-table", RuleLevel.WARNING), ServerSettings.DEFAULT_DEBOUNCE_MILLIS), p.settings());
    assertEquals(5, p.warnings().size(), p.warnings().toString());
  }

  @Test
  void editorSettingsOverrideStrataToml() {
    ProjectConfig toml = ProjectConfig.parse("tool = \"flyway\"\nroots = [\"sql\"]\npostgres = 14\n[rules]\n"
        + "drop-column = \"error\"\nunknown-table = \"off\"\n");
    ServerSettings s = parse("{\"tool\": \"goose\", \"rules\": {\"drop-column\": \"info\"}}").settings();
    assertEquals(Optional.of(Tool.GOOSE), s.discoveryOptions(toml).tool());
    assertEquals(List.of("sql"), s.discoveryOptions(toml).roots());
    assertEquals(new AnalysisConfig(Map.of("drop-column", Optional.of(Severity.INFO), "unknown-table", Optional.empty()), 14),
        s.analysisConfig(toml));
  }
}
