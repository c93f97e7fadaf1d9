package dev.strata.server.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * The slice of TOML strata.toml needs: {@code [table]} headers, {@code key = value} with bare or
 * quoted keys, basic and literal strings, integers, and arrays of strings (which may span lines),
 * with {@code #} comments. Anything else becomes a warning naming the line, and parsing goes on
 * at the next line: a typo never costs the rest of the file.
 */
final class MiniToml {
  /** A parsed value. */
  sealed interface Value permits Text, Int, TextList {}

  record Text(String value) implements Value {}

  record Int(long value) implements Value {}

  record TextList(List<String> values) implements Value {}

  /** One assignment; {@code table} is {@code ""} before the first header. {@code line} is 1-based. */
  record Entry(String table, String key, Value value, int line) {}

  record Parsed(List<Entry> entries, List<String> warnings) {
    Parsed {
      entries = List.copyOf(entries);
      warnings = List.copyOf(warnings);
    }
  }

  private static final class Bad extends Exception {
    Bad(String message) {
      super(message, null, false, false);
    }
  }

  private final String s;
  private int pos;
  private int line = 1;
  private String table = "";
  private final List<Entry> entries = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private MiniToml(String text) {
    this.s = text;
  }

  static Parsed parse(String text) {
    MiniToml p = new MiniToml(text);
    p.document();
    return new Parsed(p.entries, p.warnings);
  }

  private void document() {
    while (true) {
      skipBlank(true);
      if (pos >= s.length()) {
        return;
      }
      int startLine = line;
      try {
        if (s.charAt(pos) == '[') {
          header();
          endOfLine();
        } else {
          Entry e = assignment(startLine);
          endOfLine();
          entries.add(e);
        }
      } catch (Bad e) {
        warnings.add("line " + startLine + ": " + e.getMessage());
        skipLine();
      }
    }
  }

  private void header() throws Bad {
    int close = s.indexOf(']', pos);
    int nl = s.indexOf('\n', pos);
    if (close < 0 || (nl >= 0 && close > nl)) {
      throw new Bad("unclosed table header");
    }
    table = s.substring(pos + 1, close).strip();
    pos = close + 1;
  }

  private Entry assignment(int startLine) throws Bad {
    String key = key();
    skipBlank(false);
    if (pos >= s.length() || s.charAt(pos) != '=') {
      throw new Bad("expected '=' after " + key);
    }
    pos++;
    skipBlank(false);
    return new Entry(table, key, value(), startLine);
  }

  private String key() throws Bad {
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') {
      return string();
    }
    int start = pos;
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == '-')) {
      pos++;
    }
    if (start == pos) {
      throw new Bad("expected a key");
    }
    return s.substring(start, pos);
  }

  private Value value() throws Bad {
    if (pos >= s.length()) {
      throw new Bad("missing value");
    }
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') {
      return new Text(string());
    }
    if (c == '[') {
      return array();
    }
    int start = pos;
    while (pos < s.length() && "+-0123456789_".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return new Int(Long.parseLong(s.substring(start, pos).replace("_", "")));
    } catch (NumberFormatException e) {
      pos = start;
      throw new Bad("unsupported value (use a \"string\", a number or [\"a\", \"b\"])");
    }
  }

  private TextList array() throws Bad {
    pos++;
    List<String> values = new ArrayList<>();
    while (true) {
      skipBlank(true);
      if (pos >= s.length()) {
        throw new Bad("unclosed array");
      }
      if (s.charAt(pos) == ']') {
        pos++;
        return new TextList(values);
      }
      char c = s.charAt(pos);
      if (c != '"' && c != '\'') {
        throw new Bad("arrays hold strings only");
      }
      values.add(string());
      skipBlank(true);
      if (pos < s.length() && s.charAt(pos) == ',') {
        pos++;
      } else if (pos >= s.length() || s.charAt(pos) != ']') {
        throw new Bad("expected ',' or ']' in array");
      }
    }
  }

  private String string() throws Bad {
    char quote = s.charAt(pos++);
    StringBuilder out = new StringBuilder();
    while (pos < s.length() && s.charAt(pos) != quote && s.charAt(pos) != '\n') {
      char c = s.charAt(pos++);
      if (c == '\\' && quote == '"' && pos < s.length()) {
        out.append(escape(s.charAt(pos++)));
      } else {
        out.append(c);
      }
    }
    if (pos >= s.length() || s.charAt(pos) != quote) {
      throw new Bad("unclosed string");
    }
    pos++;
    return out.toString();
  }

  private static char escape(char c) throws Bad {
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '"':
      case '\\':
        return c;
      default:
        throw new Bad("unsupported escape \\" + c);
    }
  }

  private void endOfLine() throws Bad {
    skipBlank(false);
    if (pos < s.length() && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
      throw new Bad("unexpected text after the value");
    }
  }

  /** Skips spaces, tabs and comments; with {@code newlines} also line breaks. */
  private void skipBlank(boolean newlines) {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '#') {
        while (pos < s.length() && s.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
        if (c == '\n') {
          line++;
        }
        pos++;
      } else {
        return;
      }
    }
  }

  private void skipLine() {
    while (pos < s.length() && s.charAt(pos) != '\n') {
      pos++;
    }
  }
}
