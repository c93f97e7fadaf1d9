package dev.strata.server.status;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.strata.model.snapshot.Difference;
import dev.strata.server.status.MigrationStatus.State;

/**
 * Prints a {@link StatusReport} as one JSON document: {@code verdict} ({@code ok} or
 * {@code attention}), {@code exit_code}, {@code database} (masked), {@code read_only},
 * {@code directory}, {@code tool}, {@code table}, {@code counts} (per state label),
 * {@code migrations} ({@code name}, {@code file}, {@code state}, {@code detail}),
 * {@code drift_after}, {@code drift} ({@code object}, {@code aspect}, {@code model},
 * {@code database}) and {@code notes}. Absent values are JSON {@code null}.
 */
final class StatusJson {
  private StatusJson() {}

  static String format(StatusReport r) {
    JsonObject o = new JsonObject();
    o.addProperty("verdict", r.needsAttention() ? "attention" : "ok");
    o.addProperty("exit_code", r.exitCode());
    o.addProperty("database", r.database());
    o.addProperty("read_only", r.readOnly());
    o.addProperty("directory", r.directory());
    o.addProperty("tool", r.tool().id());
    o.addProperty("table", r.table().orElse(null));
    JsonObject counts = new JsonObject();
    r.counts().forEach((State s, Integer n) -> counts.addProperty(s.label(), n));
    o.add("counts", counts);
    JsonArray migrations = new JsonArray();
    for (MigrationStatus m : r.migrations()) {
      JsonObject e = new JsonObject();
      e.addProperty("name", m.name());
      e.addProperty("file", m.file().orElse(null));
      e.addProperty("state", m.state().label());
      e.addProperty("detail", m.detail().orElse(null));
      migrations.add(e);
    }
    o.add("migrations", migrations);
    o.addProperty("drift_after", r.driftBasis().orElse(null));
    JsonArray drift = new JsonArray();
    for (Difference d : r.drift()) {
      JsonObject e = new JsonObject();
      e.addProperty("object", d.objectPath());
      e.addProperty("aspect", d.aspect());
      e.addProperty("model", d.modelValue());
      e.addProperty("database", d.postgresValue());
      drift.add(e);
    }
    o.add("drift", drift);
    JsonArray notes = new JsonArray();
    r.notes().forEach(notes::add);
    o.add("notes", notes);
    return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o);
  }
}
