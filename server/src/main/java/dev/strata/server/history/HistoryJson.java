package dev.strata.server.history;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.strata.model.analysis.SchemaDiff;
import dev.strata.model.analysis.Timeline;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of the history commands. Field names are the contract for scripts: timeline rows carry
 * {@code index, date, name, file, purpose, status, failure, tablesAfter}; absent values are
 * {@code null}; statuses are lower case. Snapshots and diffs are written field for field, an empty
 * {@link Optional} as {@code null}.
 */
final class HistoryJson {
  static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
      .registerTypeAdapterFactory(new OptionalFactory()).create();

  private HistoryJson() {}

  static JsonObject timeline(AnalysedRoot root, Timeline t) {
    JsonObject o = new JsonObject();
    o.addProperty("directory", root.root().directory());
    o.addProperty("tool", root.root().tool().id());
    JsonArray rows = new JsonArray();
    t.rows().forEach(r -> rows.add(row(r)));
    o.add("migrations", rows);
    return o;
  }

  static JsonObject row(Timeline.Row r) {
    JsonObject o = new JsonObject();
    o.addProperty("index", r.index());
    o.add("date", r.date().<JsonElement>map(d -> new com.google.gson.JsonPrimitive(d.toString())).orElse(JsonNull.INSTANCE));
    o.addProperty("name", r.name());
    o.addProperty("file", r.file().path());
    o.addProperty("purpose", r.purpose());
    o.addProperty("status", r.status().name().toLowerCase(Locale.ROOT));
    o.add("failure", r.failure().<JsonElement>map(f -> {
      JsonObject x = new JsonObject();
      x.addProperty("message", f.message());
      x.addProperty("line", f.line());
      x.addProperty("code", f.code());
      return x;
    }).orElse(JsonNull.INSTANCE));
    o.addProperty("tablesAfter", r.tablesAfter());
    return o;
  }

  static String timelines(List<AnalysedRoot> roots) {
    JsonObject o = new JsonObject();
    JsonArray histories = new JsonArray();
    roots.forEach(r -> histories.add(timeline(r, Timeline.of(r.analysis()))));
    o.add("histories", histories);
    return GSON.toJson(o);
  }

  static String diff(String from, String to, SchemaDiff d) {
    JsonObject o = new JsonObject();
    o.addProperty("from", from);
    o.addProperty("to", to);
    JsonObject body = GSON.toJsonTree(d).getAsJsonObject();
    body.entrySet().forEach(e -> o.add(e.getKey(), e.getValue()));
    return GSON.toJson(o);
  }

  /** Writes {@code Optional.empty()} as null and a present value as the value itself. */
  private static final class OptionalFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      if (type.getRawType() != Optional.class) {
        return null;
      }
      Type inner = type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      TypeAdapter<Object> valueAdapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
      return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {
        @Override
        public void write(JsonWriter out, Optional<Object> value) throws IOException {
          if (value == null || value.isEmpty()) {
            out.nullValue();
          } else {
            valueAdapter.write(out, value.get());
          }
        }

        @Override
        public Optional<Object> read(JsonReader in) throws IOException {
          return Optional.ofNullable(valueAdapter.read(in));
        }
      };
    }
  }
}
