package dev.strata.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.strata.model.migration.Tool;
import dev.strata.server.workspace.RuleLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** One lenient reader per setting: a bad value becomes a warning and the setting's default. */
final class SettingsReader {
  private static final int MIN_POSTGRES = 10;
  private static final int MAX_POSTGRES = 18;
  private static final int MAX_DEBOUNCE = 10_000;

  private SettingsReader() {}

  static List<String> stringList(JsonObject o, String key, List<String> warnings) {
    JsonElement v = present(o, key);
    if (v == null) {
      return List.of();
    }
    if (isString(v)) {
      return List.of(v.getAsString());
    }
    List<String> out = new ArrayList<>();
    if (v.isJsonArray()) {
      for (JsonElement item : v.getAsJsonArray()) {
        if (!isString(item)) {
          warnings.add("strata." + key + " must be a list of folder paths; ignoring it");
          return List.of();
        }
        out.add(item.getAsString());
      }
      return out;
    }
    warnings.add("strata." + key + " must be a list of folder paths; ignoring it");
    return List.of();
  }

  static Optional<Tool> tool(JsonObject o, List<String> warnings) {
    JsonElement v = present(o, "tool");
    if (v == null || (isString(v) && v.getAsString().isBlank())) {
      return Optional.empty();
    }
    Optional<Tool> t = isString(v) ? Tool.fromId(v.getAsString()) : Optional.empty();
    if (t.isEmpty()) {
      String known = Arrays.stream(Tool.values()).map(Tool::id).collect(Collectors.joining(", "));
      warnings.add("strata.tool must be one of " + known + "; detecting the tool instead");
    }
    return t;
  }

  static OptionalInt postgres(JsonObject o, List<String> warnings) {
    JsonElement v = present(o, "postgresVersion");
    if (v == null) {
      return OptionalInt.empty();
    }
    OptionalInt n = integer(v);
    if (n.isEmpty() || n.getAsInt() < MIN_POSTGRES || n.getAsInt() > MAX_POSTGRES) {
      warnings.add("strata.postgresVersion must be a major version from " + MIN_POSTGRES + " to " + MAX_POSTGRES
          + "; using the project's");
      return OptionalInt.empty();
    }
    return n;
  }

  static Map<String, RuleLevel> rules(JsonObject o, List<String> warnings) {
    JsonElement v = present(o, "rules");
    Map<String, RuleLevel> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!v.isJsonObject()) {
      warnings.add("strata.rules must map rule ids to \"off\", \"info\", \"warning\" or \"error\"; ignoring it");
      return out;
    }
    for (Map.Entry<String, JsonElement> e : v.getAsJsonObject().entrySet()) {
      Optional<RuleLevel> level = isString(e.getValue()) ? RuleLevel.parse(e.getValue().getAsString()) : Optional.empty();
      if (level.isEmpty()) {
        warnings.add("strata.rules." + e.getKey() + " must be \"off\", \"info\", \"warning\" or \"error\"; keeping its default");
      } else {
        out.put(e.getKey(), level.get());
      }
    }
    return out;
  }

  static int debounce(JsonObject o, List<String> warnings) {
    JsonElement v = present(o, "debounceMillis");
    if (v == null) {
      return ServerSettings.DEFAULT_DEBOUNCE_MILLIS;
    }
    OptionalInt n = integer(v);
    if (n.isEmpty() || n.getAsInt() < 0 || n.getAsInt() > MAX_DEBOUNCE) {
      warnings.add("strata.debounceMillis must be a number of milliseconds from 0 to " + MAX_DEBOUNCE
          + "; using " + ServerSettings.DEFAULT_DEBOUNCE_MILLIS);
      return ServerSettings.DEFAULT_DEBOUNCE_MILLIS;
    }
    return n.getAsInt();
  }

  /** The value of {@code key}, or null when it is missing or JSON null. */
  private static JsonElement present(JsonObject o, String key) {
    JsonElement v = o.get(key);
    return v == null || v.isJsonNull() ? null : v;
  }

  private static boolean isString(JsonElement v) {
    return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
  }

  /** A whole number, also when written as a string ({@code "15"}). */
  private static OptionalInt integer(JsonElement v) {
    if (!v.isJsonPrimitive()) {
      return OptionalInt.empty();
    }
    JsonPrimitive p = v.getAsJsonPrimitive();
    String s = p.getAsString().strip();
    if (!s.matches("-?[0-9]{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(s));
  }
}
