package dev.strata.model.sql;

import dev.strata.model.text.TextRange;

/**
 * One lexical token: its kind, its exact char range and its source text. {@code unterminated} marks
 * a quoted string, identifier or comment that reached the end of the input.
 */
public record Token(TokenKind kind, int start, int end, String text, boolean unterminated) {
  public TextRange range() {
    return new TextRange(start, end);
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }

  /** True for an unquoted word equal, ignoring ASCII case, to {@code word}. */
  public boolean isWord(String word) {
    return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
  }

  public boolean isOperator(String op) {
    return kind == TokenKind.OPERATOR && text.equals(op);
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + start;
  }
}
