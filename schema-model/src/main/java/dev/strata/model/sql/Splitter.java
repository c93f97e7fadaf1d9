package dev.strata.model.sql;

import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into statements the way psql does: a semicolon ends a statement unless it stands
 * inside parentheses or inside a {@code BEGIN ATOMIC ... END} function body. Quotes, dollar quotes
 * and comments are already single tokens, so semicolons inside them never split.
 */
public final class Splitter {
  private Splitter() {}

  public static List<RawStatement> split(String text) {
    return split(Lexer.lex(text));
  }

  public static List<RawStatement> split(List<Token> all) {
    List<RawStatement> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    int parens = 0;
    int atomicDepth = 0;
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.kind().isComment()) {
        if (current.isEmpty()) {
          comments.add(t);
        }
        continue;
      }
      if (t.kind() == TokenKind.META_COMMAND) {
        continue;
      }
      if (t.kind() == TokenKind.SEMICOLON && parens <= 0 && atomicDepth == 0) {
        if (!current.isEmpty()) {
          Token first = current.get(0);
          current.add(t);
          out.add(new RawStatement(new TextRange(first.start(), t.end()), current, comments, true));
        }
        current = new ArrayList<>();
        comments = new ArrayList<>();
        parens = 0;
        continue;
      }
      switch (t.kind()) {
        case LPAREN -> parens++;
        case RPAREN -> parens--;
        case WORD -> atomicDepth = trackAtomic(current, t, atomicDepth, all, i);
        default -> { }
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      Token first = current.get(0);
      Token last = current.get(current.size() - 1);
      out.add(new RawStatement(new TextRange(first.start(), last.end()), current, comments, false));
    }
    return out;
  }

  /** Tracks {@code BEGIN ATOMIC} bodies of CREATE FUNCTION/PROCEDURE, where CASE ... END nests. */
  private static int trackAtomic(List<Token> current, Token t, int depth, List<Token> all, int i) {
    if (depth == 0) {
      if (t.isWord("begin") && isRoutineDefinition(current) && nextWordIs(all, i, "atomic")) {
        return 1;
      }
      return 0;
    }
    if (t.isWord("case") || t.isWord("begin")) {
      return depth + 1;
    }
    if (t.isWord("end")) {
      return depth - 1;
    }
    return depth;
  }

  private static boolean nextWordIs(List<Token> all, int i, String word) {
    for (int j = i + 1; j < all.size(); j++) {
      Token t = all.get(j);
      if (!t.kind().isComment()) {
        return t.isWord(word);
      }
    }
    return false;
  }

  private static boolean isRoutineDefinition(List<Token> current) {
    if (current.isEmpty() || !current.get(0).isWord("create")) {
      return false;
    }
    for (int k = 1; k < Math.min(current.size(), 4); k++) {
      Token t = current.get(k);
      if (t.isWord("function") || t.isWord("procedure")) {
        return true;
      }
    }
    return false;
  }
}
