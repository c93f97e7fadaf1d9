package dev.strata.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Tool;
import dev.strata.server.workspace.ProjectConfig;
import dev.strata.server.workspace.RuleLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The editor's {@code strata} settings (initializationOptions or {@code workspace/configuration}).
 * Unset values leave the project's {@code strata.toml} in charge; set ones override it.
 *
 * <pre>
 * { "migrationRoots": ["db/migrations"], "tool": "prisma", "postgresVersion": 15,
 *   "rules": { "drop-column": "off" }, "debounceMillis": 150 }
 * </pre>
 */
public record ServerSettings(
    List<String> migrationRoots, Optional<Tool> tool, OptionalInt postgresVersion, Map<String, RuleLevel> rules,
    int debounceMillis) {
  public static final int DEFAULT_DEBOUNCE_MILLIS = 150;
  public static final ServerSettings DEFAULT =
      new ServerSettings(List.of(), Optional.empty(), OptionalInt.empty(), Map.of(), DEFAULT_DEBOUNCE_MILLIS);

  public ServerSettings {
    migrationRoots = List.copyOf(migrationRoots);
    rules = Map.copyOf(rules);
  }

  /** Settings plus what was wrong with the input, one line per bad value. */
  public record Parsed(ServerSettings settings, List<String> warnings) {
    public Parsed {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Parses leniently: {@code null} or a non-object is {@link #DEFAULT} (Eglot answers {@code null}
   * when unconfigured); each bad value keeps its default and adds a warning; unknown keys are
   * ignored so newer clients can send more.
   */
  public static Parsed parse(Object json) {
    if (!(json instanceof JsonElement e) || !e.isJsonObject()) {
      return new Parsed(DEFAULT, List.of());
    }
    JsonObject o = e.getAsJsonObject();
    List<String> warnings = new ArrayList<>();
    return new Parsed(new ServerSettings(
        SettingsReader.stringList(o, "migrationRoots", warnings),
        SettingsReader.tool(o, warnings),
        SettingsReader.postgres(o, warnings),
        SettingsReader.rules(o, warnings),
        SettingsReader.debounce(o, warnings)), warnings);
  }

  /** Discovery options: the editor's roots and tool where set, else strata.toml's. */
  public DiscoveryOptions discoveryOptions(ProjectConfig project) {
    DiscoveryOptions base = project.discoveryOptions();
    DiscoveryOptions withRoots = migrationRoots.isEmpty() ? base : base.withRoots(migrationRoots);
    return tool.map(withRoots::withTool).orElse(withRoots);
  }

  /** The model configuration: strata.toml's rules overlaid by the editor's. */
  public AnalysisConfig analysisConfig(ProjectConfig project) {
    Map<String, RuleLevel> levels = new LinkedHashMap<>(project.rules());
    levels.putAll(rules);
    Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
    levels.forEach((id, level) -> severities.put(id, level.severity()));
    return new AnalysisConfig(severities, postgresVersion.orElse(project.postgres()), project.baseline());
  }
}
