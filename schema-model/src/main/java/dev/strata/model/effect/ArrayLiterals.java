package dev.strata.model.effect;

import java.util.ArrayList;
import java.util.List;

/** Array constants as PostgreSQL's {@code array_out} prints them: {@code '{a, "b c"}'} becomes {@code {a,"b c"}}. */
final class ArrayLiterals {
  private ArrayLiterals() {}

  /** The array_out form of a one-dimensional literal; nested or malformed input comes back unchanged. */
  static String normalise(String literal) {
    String s = literal.trim();
    if (!s.startsWith("{") || !s.endsWith("}") || s.indexOf('{', 1) >= 0) {
      return literal;
    }
    List<String> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    String body = s.substring(1, s.length() - 1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < body.length()) {
          cur.append(body.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        items.add(item(cur.toString(), wasQuoted));
        cur.setLength(0);
        wasQuoted = false;
      } else if (!Character.isWhitespace(c) || cur.length() > 0) {
        cur.append(c);
      }
    }
    if (!body.isBlank()) {
      items.add(item(cur.toString(), wasQuoted));
    }
    return "{" + String.join(",", items) + "}";
  }

  private static String item(String raw, boolean wasQuoted) {
    String v = wasQuoted ? raw : raw.stripTrailing();
    if (!wasQuoted && v.equalsIgnoreCase("null")) {
      return "NULL";
    }
    boolean needsQuotes = v.isEmpty() || v.equalsIgnoreCase("null") || v.chars().anyMatch(ch -> ch == '{'
        || ch == '}' || ch == ',' || ch == '"' || ch == '\\' || Character.isWhitespace(ch));
    return needsQuotes ? "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v;
  }
}
