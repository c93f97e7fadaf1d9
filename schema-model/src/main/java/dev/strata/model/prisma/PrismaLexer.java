package dev.strata.model.prisma;

import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Prisma schema text into tokens. Comments ({@code //} and {@code ///}) are dropped; line
 * breaks are kept as {@link Kind#NEWLINE} tokens because a field ends at the end of its line.
 */
final class PrismaLexer {
  enum Kind { IDENT, STRING, NUMBER, PUNCT, NEWLINE, ERROR, EOF }

  /** One token; {@code text} is the resolved value for strings and the source text otherwise. */
  record Token(Kind kind, String text, TextRange range) {
    boolean is(String punct) {
      return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct);
    }
  }

  private final String src;
  private int pos;
  private final List<Token> out = new ArrayList<>();

  private PrismaLexer(String src) {
    this.src = src;
  }

  static List<Token> tokens(String src) {
    PrismaLexer l = new PrismaLexer(src);
    l.run();
    return l.out;
  }

  private void run() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      int start = pos;
      if (c == '\n') {
        pos++;
        add(Kind.NEWLINE, "\n", start);
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '/' && src.startsWith("//", pos)) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '"') {
        string();
      } else if (Character.isLetter(c) || c == '_') {
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          pos++;
        }
        add(Kind.IDENT, src.substring(start, pos), start);
      } else if (Character.isDigit(c) || (c == '-' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        pos++;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
          pos++;
        }
        add(Kind.NUMBER, src.substring(start, pos), start);
      } else if (c == '@' && src.startsWith("@@", pos)) {
        pos += 2;
        add(Kind.PUNCT, "@@", start);
      } else if ("{}()[],:=?@.!".indexOf(c) >= 0) {
        pos++;
        add(Kind.PUNCT, String.valueOf(c), start);
      } else {
        pos++;
        add(Kind.ERROR, String.valueOf(c), start);
      }
    }
    out.add(new Token(Kind.EOF, "", new TextRange(src.length(), src.length())));
  }

  private void string() {
    int start = pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < src.length() && src.charAt(pos) != '"' && src.charAt(pos) != '\n') {
      char c = src.charAt(pos++);
      if (c == '\\' && pos < src.length()) {
        char e = src.charAt(pos++);
        sb.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      } else {
        sb.append(c);
      }
    }
    if (pos < src.length() && src.charAt(pos) == '"') {
      pos++;
      add(Kind.STRING, sb.toString(), start);
    } else {
      out.add(new Token(Kind.ERROR, "unterminated string", new TextRange(start, pos)));
    }
  }

  private void add(Kind kind, String text, int start) {
    out.add(new Token(kind, text, new TextRange(start, pos)));
  }
}
