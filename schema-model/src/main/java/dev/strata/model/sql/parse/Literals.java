package dev.strata.model.sql.parse;

import dev.strata.model.sql.Token;

/** Decodes quoted identifiers and string literals the way PostgreSQL's scanner does. */
final class Literals {
  private Literals() {}

  /** The identifier inside {@code "..."} or {@code U&"..."}: quotes stripped, {@code ""} undoubled, escapes decoded. */
  static String quotedIdent(Token t) {
    String s = t.text();
    boolean unicode = s.length() > 1 && (s.charAt(0) == 'u' || s.charAt(0) == 'U');
    int open = unicode ? 2 : 0;
    int end = t.unterminated() ? s.length() : s.length() - 1;
    String inner = s.substring(Math.min(open + 1, end), end).replace("\"\"", "\"");
    return unicode ? unicodeEscapes(inner) : inner;
  }

  /** The value of a {@code '...'}, {@code E'...'}, {@code N'...'} or {@code U&'...'} literal or a dollar-quoted string. */
  static String string(Token t) {
    String s = t.text();
    if (s.startsWith("$")) {
      int tagEnd = s.indexOf('$', 1) + 1;
      return s.substring(tagEnd, Math.max(tagEnd, s.length() - tagEnd));
    }
    char first = Character.toLowerCase(s.charAt(0));
    int quote = s.indexOf('\'');
    String inner = s.substring(quote + 1, Math.max(quote + 1, s.length() - 1));
    if (first == 'e') {
      return backslashEscapes(inner);
    }
    String plain = inner.replace("''", "'");
    return first == 'u' ? unicodeEscapes(plain) : plain;
  }

  /** Decodes {@code \XXXX} and {@code \+XXXXXX} escapes (UESCAPE is not supported). */
  static String unicodeEscapes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
      } else if (s.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else {
        boolean plus = s.charAt(i + 1) == '+';
        int digits = plus ? 6 : 4;
        int from = i + (plus ? 2 : 1);
        if (from + digits <= s.length() && isHex(s, from, from + digits)) {
          out.appendCodePoint(Integer.parseInt(s.substring(from, from + digits), 16));
          i = from + digits - 1;
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Resolves E'' escapes: {@code \n \t \b \f \r}, octal, {@code \xHH}, {@code \\uXXXX}, and {@code ''}. */
  static String backslashEscapes(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
        out.append('\'');
        i += 2;
      } else if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        i++;
      } else {
        i = escape(s, i + 1, out);
      }
    }
    return out.toString();
  }

  /** Appends the escape starting after the backslash at {@code i}; returns the index after it. */
  private static int escape(String s, int i, StringBuilder out) {
    char e = s.charAt(i);
    switch (e) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case 'x' -> {
        int end = i + 1;
        while (end < s.length() && end < i + 3 && Character.digit(s.charAt(end), 16) >= 0) {
          end++;
        }
        if (end == i + 1) {
          out.append('x');
          return i + 1;
        }
        out.append((char) Integer.parseInt(s.substring(i + 1, end), 16));
        return end;
      }
      case 'u', 'U' -> {
        int digits = e == 'u' ? 4 : 8;
        if (i + 1 + digits <= s.length() && isHex(s, i + 1, i + 1 + digits)) {
          out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + digits), 16));
          return i + 1 + digits;
        }
        out.append(e);
      }
      default -> {
        if (e >= '0' && e <= '7') {
          int end = i;
          while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            end++;
          }
          out.append((char) Integer.parseInt(s.substring(i, end), 8));
          return end;
        }
        out.append(e);
      }
    }
    return i + 1;
  }
}
