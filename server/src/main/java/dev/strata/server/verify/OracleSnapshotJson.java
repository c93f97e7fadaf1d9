package dev.strata.server.verify;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.strata.model.snapshot.ColumnSnapshot;
import dev.strata.model.snapshot.ExtensionSnapshot;
import dev.strata.model.snapshot.ForeignKeySnapshot;
import dev.strata.model.snapshot.IndexSnapshot;
import dev.strata.model.snapshot.KeySnapshot;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.SequenceSnapshot;
import dev.strata.model.snapshot.TableSnapshot;
import dev.strata.model.snapshot.ViewSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the pg-oracle's JSON catalog snapshot (the {@code final_snapshot} of a corpus
 * {@code expected.json}, or what {@code catalog-snapshot.sql} returns) into a {@link SchemaSnapshot}.
 *
 * <p>Keys the neutral snapshot does not carry (triggers, definitions, domains, functions, ...) are
 * ignored; a missing section reads as empty, so older or trimmed snapshots still read.
 */
public final class OracleSnapshotJson {
  private OracleSnapshotJson() {}

  /** Parses one snapshot document; throws {@link IllegalArgumentException} when it is not JSON. */
  public static SchemaSnapshot parse(String json) {
    try {
      return read(JsonParser.parseString(json).getAsJsonObject());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an oracle snapshot: " + e.getMessage(), e);
    }
  }

  /** Reads an already parsed snapshot object. */
  public static SchemaSnapshot read(JsonObject o) {
    return new SchemaSnapshot(
        strings(o.get("schemas")),
        entries(o, "extensions", e -> new ExtensionSnapshot(text(e, "schema"), text(e, "version"))),
        entries(o, "tables", OracleSnapshotJson::table),
        entries(o, "enums", OracleSnapshotJson::stringsOf),
        entries(o, "sequences", OracleSnapshotJson::sequence),
        entries(o, "views", OracleSnapshotJson::view));
  }

  private static TableSnapshot table(JsonElement e) {
    JsonObject t = e.getAsJsonObject();
    Optional<KeySnapshot> pk = optionalObject(t, "primary_key").map(OracleSnapshotJson::key);
    List<String> checks = objects(t, "check_constraints", c -> text(c, "name"));
    return new TableSnapshot(objects(t, "columns", OracleSnapshotJson::column), pk,
        objects(t, "unique_constraints", OracleSnapshotJson::key),
        objects(t, "foreign_keys", OracleSnapshotJson::foreignKey), checks,
        objects(t, "indexes", OracleSnapshotJson::index));
  }

  private static ColumnSnapshot column(JsonObject c) {
    return new ColumnSnapshot(text(c, "name"), text(c, "type"), bool(c, "not_null"), optionalText(c, "default"),
        optionalText(c, "identity"), optionalText(c, "generated"), c.has("position") ? c.get("position").getAsInt() : 0);
  }

  private static KeySnapshot key(JsonObject k) {
    return new KeySnapshot(text(k, "name"), strings(k.get("columns")));
  }

  private static ForeignKeySnapshot foreignKey(JsonObject f) {
    return new ForeignKeySnapshot(text(f, "name"), strings(f.get("columns")), text(f, "ref_table"),
        strings(f.get("ref_columns")), text(f, "on_update"), text(f, "on_delete"));
  }

  private static IndexSnapshot index(JsonObject i) {
    return new IndexSnapshot(text(i, "name"), strings(i.get("columns")), bool(i, "unique"), bool(i, "primary"),
        optionalText(i, "method").orElse("btree"), optionalText(i, "predicate"));
  }

  private static SequenceSnapshot sequence(JsonElement e) {
    JsonObject s = e.getAsJsonObject();
    return new SequenceSnapshot(text(s, "data_type"), s.get("start").getAsLong(), s.get("increment").getAsLong(),
        s.get("min").getAsLong(), s.get("max").getAsLong(), bool(s, "cycle"), optionalText(s, "owned_by"));
  }

  private static ViewSnapshot view(JsonElement e) {
    JsonObject v = e.getAsJsonObject();
    return new ViewSnapshot(bool(v, "materialized"), objects(v, "columns", c -> text(c, "name")));
  }

  private static <T> Map<String, T> entries(JsonObject o, String key, Function<JsonElement, T> read) {
    Map<String, T> out = new TreeMap<>();
    if (present(o, key)) {
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject(key).entrySet()) {
        out.put(e.getKey(), read.apply(e.getValue()));
      }
    }
    return out;
  }

  private static <T> List<T> objects(JsonObject o, String key, Function<JsonObject, T> read) {
    List<T> out = new ArrayList<>();
    if (present(o, key)) {
      for (JsonElement e : o.getAsJsonArray(key)) {
        out.add(read.apply(e.getAsJsonObject()));
      }
    }
    return out;
  }

  private static List<String> stringsOf(JsonElement e) {
    return strings(e);
  }

  private static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    if (e != null && e.isJsonArray()) {
      for (JsonElement s : (JsonArray) e) {
        out.add(s.getAsString());
      }
    }
    return out;
  }

  private static Optional<JsonObject> optionalObject(JsonObject o, String key) {
    return present(o, key) ? Optional.of(o.getAsJsonObject(key)) : Optional.empty();
  }

  private static Optional<String> optionalText(JsonObject o, String key) {
    return present(o, key) ? Optional.of(o.get(key).getAsString()) : Optional.empty();
  }

  private static String text(JsonElement e, String key) {
    return text(e.getAsJsonObject(), key);
  }

  private static String text(JsonObject o, String key) {
    return optionalText(o, key).orElseThrow(() -> new IllegalArgumentException("missing \"" + key + "\" in " + o));
  }

  private static boolean bool(JsonObject o, String key) {
    return present(o, key) && o.get(key).getAsBoolean();
  }

  private static boolean present(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull();
  }
}
