package dev.strata.server.convert;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.strata.model.diag.Diagnostic;
import java.util.Optional;

/**
 * What an LSP diagnostic's {@code data} carries so a later code-action request can find the model
 * diagnostic (and so its fixes) again: the diagnostic id, the file and the char offsets of its
 * range in the text that was analysed.
 */
public record DiagnosticData(String code, String file, int start, int end) {

  public static DiagnosticData of(Diagnostic d) {
    return new DiagnosticData(d.code().id(), d.range().file().path(), d.range().range().start(), d.range().range().end());
  }

  public JsonObject toJson() {
    JsonObject o = new JsonObject();
    o.addProperty("code", code);
    o.addProperty("file", file);
    o.addProperty("start", start);
    o.addProperty("end", end);
    return o;
  }

  /**
   * Reads {@code data} back as the client returns it (a Gson tree); anything else, including a
   * client that dropped or mangled the field, is empty.
   */
  public static Optional<DiagnosticData> from(Object data) {
    if (!(data instanceof JsonElement e) || !e.isJsonObject()) {
      return Optional.empty();
    }
    JsonObject o = e.getAsJsonObject();
    try {
      return Optional.of(new DiagnosticData(
          o.get("code").getAsString(), o.get("file").getAsString(), o.get("start").getAsInt(), o.get("end").getAsInt()));
    } catch (RuntimeException bad) {
      return Optional.empty();
    }
  }

  /** True when {@code d} is the diagnostic this data was made from. */
  public boolean matches(Diagnostic d) {
    return d.code().id().equals(code) && d.range().file().path().equals(file)
        && d.range().range().start() == start && d.range().range().end() == end;
  }
}
