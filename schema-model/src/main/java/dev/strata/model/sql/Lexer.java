package dev.strata.model.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's lexical rules (scan.l) for the purposes of migration analysis: standard and
 * escape strings, dollar quotes, quoted and Unicode identifiers, nested block comments, numbers,
 * parameters, operators and psql meta-commands. It never fails: text it cannot classify becomes an
 * {@link TokenKind#INVALID} token and unterminated constructs are flagged.
 */
public final class Lexer {
  private static final String OP_CHARS = "+-*/<>=~!@#%^&|`?";

  private final String src;
  private final int n;
  private final List<Token> out;
  private int pos;

  private Lexer(String src) {
    this.src = src;
    this.n = src.length();
    this.out = new ArrayList<>(Math.max(16, src.length() / 5));
  }

  /** All tokens of {@code text} including comments, in order. Whitespace is dropped. */
  public static List<Token> lex(String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return lexer.out;
  }

  private void run() {
    boolean lineStart = true;
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == '\n') {
        lineStart = true;
        pos++;
        continue;
      }
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        pos++;
        continue;
      }
      if (c == '\\' && lineStart) {
        lexMetaCommand();
        continue;
      }
      lineStart = false;
      lexOne(c);
    }
  }

  private void lexOne(char c) {
    int start = pos;
    char next = pos + 1 < n ? src.charAt(pos + 1) : '\0';
    if (c == '-' && next == '-') {
      int end = src.indexOf('\n', pos);
      end = end < 0 ? n : end;
      if (end > pos && src.charAt(end - 1) == '\r') {
        end--;
      }
      emit(TokenKind.LINE_COMMENT, start, end, false);
    } else if (c == '/' && next == '*') {
      lexBlockComment();
    } else if (c == '\'') {
      lexString(start, pos, false);
    } else if ((c == 'e' || c == 'E') && next == '\'') {
      lexString(start, pos + 1, true);
    } else if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && next == '\'') {
      lexString(start, pos + 1, false);
    } else if ((c == 'u' || c == 'U') && next == '&' && pos + 2 < n && src.charAt(pos + 2) == '\'') {
      lexString(start, pos + 2, false);
    } else if ((c == 'u' || c == 'U') && next == '&' && pos + 2 < n && src.charAt(pos + 2) == '"') {
      lexQuotedIdent(start, pos + 2);
    } else if (c == '"') {
      lexQuotedIdent(start, pos);
    } else if (c == '$') {
      lexDollar();
    } else if (isIdentStart(c)) {
      pos++;
      while (pos < n && isIdentChar(src.charAt(pos))) {
        pos++;
      }
      emit(TokenKind.WORD, start, pos, false);
    } else if (isDigit(c) || (c == '.' && isDigit(next))) {
      lexNumber();
    } else {
      lexPunctuation(c, next);
    }
  }

  private void lexPunctuation(char c, char next) {
    int start = pos;
    switch (c) {
      case '(' -> single(TokenKind.LPAREN);
      case ')' -> single(TokenKind.RPAREN);
      case '[' -> single(TokenKind.LBRACKET);
      case ']' -> single(TokenKind.RBRACKET);
      case ',' -> single(TokenKind.COMMA);
      case ';' -> single(TokenKind.SEMICOLON);
      case '.' -> single(TokenKind.DOT);
      case ':' -> {
        if (next == ':') {
          pos += 2;
          emit(TokenKind.CAST, start, pos, false);
        } else if (next == '=') {
          pos += 2;
          emit(TokenKind.OPERATOR, start, pos, false);
        } else {
          single(TokenKind.COLON);
        }
      }
      default -> {
        if (OP_CHARS.indexOf(c) >= 0) {
          lexOperator();
        } else {
          single(TokenKind.INVALID);
        }
      }
    }
  }

  private void single(TokenKind kind) {
    // emit() advances pos past the token.
    emit(kind, pos, pos + 1, false);
  }

  private void lexOperator() {
    int start = pos;
    while (pos < n && OP_CHARS.indexOf(src.charAt(pos)) >= 0) {
      // A comment start ends the operator, as in PostgreSQL.
      if (pos > start && (src.startsWith("--", pos) || src.startsWith("/*", pos))) {
        break;
      }
      pos++;
    }
    // PostgreSQL: a multi-char operator may not end in + or - unless it contains ~ ! @ # % ^ & | ` ?
    int end = pos;
    if (end - start > 1) {
      String op = src.substring(start, end);
      boolean special = op.chars().anyMatch(ch -> "~!@#%^&|`?".indexOf(ch) >= 0);
      while (!special && end - start > 1 && (src.charAt(end - 1) == '+' || src.charAt(end - 1) == '-')) {
        end--;
      }
    }
    pos = end;
    emit(TokenKind.OPERATOR, start, end, false);
  }

  private void lexNumber() {
    int start = pos;
    while (pos < n && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    if (pos < n && src.charAt(pos) == '.' && !(pos + 1 < n && src.charAt(pos + 1) == '.')) {
      pos++;
      while (pos < n && isDigit(src.charAt(pos))) {
        pos++;
      }
    }
    if (pos < n && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < n && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < n && isDigit(src.charAt(pos))) {
        while (pos < n && isDigit(src.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save;
      }
    }
    emit(TokenKind.NUMBER, start, pos, false);
  }

  private void lexBlockComment() {
    int start = pos;
    int depth = 0;
    while (pos < n) {
      if (src.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (src.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          emit(TokenKind.BLOCK_COMMENT, start, pos, false);
          return;
        }
      } else {
        pos++;
      }
    }
    emit(TokenKind.BLOCK_COMMENT, start, n, true);
  }

  /** {@code quoteAt} is the opening quote; backslash escapes apply in E'' strings. */
  private void lexString(int start, int quoteAt, boolean escapes) {
    pos = quoteAt + 1;
    while (pos < n) {
      char c = src.charAt(pos);
      if (escapes && c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '\'') {
        if (pos + 1 < n && src.charAt(pos + 1) == '\'') {
          pos += 2;
          continue;
        }
        pos++;
        emit(TokenKind.STRING, start, pos, false);
        return;
      }
      pos++;
    }
    pos = n;
    emit(TokenKind.STRING, start, n, true);
  }

  private void lexQuotedIdent(int start, int quoteAt) {
    pos = quoteAt + 1;
    while (pos < n) {
      if (src.charAt(pos) == '"') {
        if (pos + 1 < n && src.charAt(pos + 1) == '"') {
          pos += 2;
          continue;
        }
        pos++;
        emit(TokenKind.QUOTED_IDENT, start, pos, false);
        return;
      }
      pos++;
    }
    emit(TokenKind.QUOTED_IDENT, start, n, true);
  }

  private void lexDollar() {
    int start = pos;
    int p = pos + 1;
    if (p < n && isDigit(src.charAt(p))) {
      while (p < n && isDigit(src.charAt(p))) {
        p++;
      }
      pos = p;
      emit(TokenKind.PARAM, start, pos, false);
      return;
    }
    while (p < n && isIdentChar(src.charAt(p)) && src.charAt(p) != '$') {
      p++;
    }
    if (p < n && src.charAt(p) == '$') {
      String tag = src.substring(start, p + 1);
      int close = src.indexOf(tag, p + 1);
      if (close < 0) {
        pos = n;
        emit(TokenKind.DOLLAR_STRING, start, n, true);
      } else {
        pos = close + tag.length();
        emit(TokenKind.DOLLAR_STRING, start, pos, false);
      }
      return;
    }
    pos++;
    emit(TokenKind.INVALID, start, pos, false);
  }

  private void lexMetaCommand() {
    int start = pos;
    int end = src.indexOf('\n', pos);
    end = end < 0 ? n : end;
    pos = end;
    emit(TokenKind.META_COMMAND, start, end, false);
  }

  private void emit(TokenKind kind, int start, int end, boolean unterminated) {
    out.add(new Token(kind, start, end, src.substring(start, end), unterminated));
    if (pos < end) {
      pos = end;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  static boolean isIdentChar(char c) {
    return isIdentStart(c) || isDigit(c) || c == '$';
  }
}
