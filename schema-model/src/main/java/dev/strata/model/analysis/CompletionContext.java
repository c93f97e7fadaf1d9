package dev.strata.model.analysis;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens around a cursor, from the start of its statement: works on text that does not parse.
 * {@code before} are the significant tokens before the word being typed, {@code statement} all
 * significant tokens of the statement (also after the cursor, for aliases), {@code partial} the
 * word or string the cursor is in.
 */
final class CompletionContext {
  final List<Token> before;
  final List<Token> statement;
  final Optional<Token> partial;
  final int offset;

  private CompletionContext(List<Token> before, List<Token> statement, Optional<Token> partial, int offset) {
    this.before = before;
    this.statement = statement;
    this.partial = partial;
    this.offset = offset;
  }

  static CompletionContext of(String sql, int offset) {
    List<Token> all = Lexer.lex(sql).stream().filter(t -> !t.kind().isComment()).toList();
    int start = 0;
    int end = all.size();
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.is(TokenKind.SEMICOLON) && t.end() <= offset) {
        start = i + 1;
      } else if (t.is(TokenKind.SEMICOLON) && t.start() >= offset) {
        end = i;
        break;
      }
    }
    List<Token> stmt = all.subList(start, end);
    List<Token> before = new ArrayList<>();
    Token partial = null;
    for (Token t : stmt) {
      if (t.end() < offset || (t.end() == offset && !isWordLike(t) && !t.is(TokenKind.STRING))) {
        before.add(t);
      } else if (t.start() < offset && (isWordLike(t) || t.is(TokenKind.STRING))) {
        partial = t;
      }
    }
    return new CompletionContext(List.copyOf(before), List.copyOf(stmt), Optional.ofNullable(partial), offset);
  }

  static boolean isWordLike(Token t) {
    return t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT);
  }

  /** The n-th significant token before the partial word, counting from 1. */
  Optional<Token> back(int n) {
    int i = before.size() - n;
    return i >= 0 ? Optional.of(before.get(i)) : Optional.empty();
  }

  boolean backIsWord(int n, String... words) {
    Optional<Token> t = back(n);
    if (t.isEmpty()) {
      return false;
    }
    for (String w : words) {
      if (t.get().isWord(w)) {
        return true;
      }
    }
    return false;
  }

  boolean inString() {
    return partial.map(t -> t.is(TokenKind.STRING)).orElse(false);
  }

  /** The text typed so far, without an opening quote. */
  String prefix() {
    if (partial.isEmpty()) {
      return "";
    }
    Token t = partial.get();
    String typed = t.text().substring(0, Math.min(t.text().length(), offset - t.start()));
    return typed.startsWith("\"") || typed.startsWith("'") ? typed.substring(1) : typed;
  }

  boolean partialQuoted() {
    return partial.map(t -> t.text().startsWith("\"")).orElse(false);
  }

  /**
   * The text the chosen item replaces: the identifier being typed (with its opening quote), or
   * inside a string the characters after the opening quote up to the cursor.
   */
  TextRange replaceRange() {
    if (partial.isEmpty()) {
      return new TextRange(offset, offset);
    }
    Token t = partial.get();
    if (t.is(TokenKind.STRING)) {
      int quote = t.text().indexOf('\'');
      return new TextRange(Math.min(offset, t.start() + quote + 1), offset);
    }
    return new TextRange(t.start(), t.unterminated() ? offset : Math.max(offset, t.end()));
  }

  /** True when the statement quotes identifiers (Prisma writes every name in double quotes). */
  boolean quotesNames() {
    return statement.stream().anyMatch(t -> t.is(TokenKind.QUOTED_IDENT));
  }

  boolean startsWith(String... words) {
    if (statement.size() < words.length) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!statement.get(i).isWord(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** The last word among {@code words} before the cursor, or empty. */
  Optional<String> lastKeyword(String... words) {
    for (int i = before.size() - 1; i >= 0; i--) {
      for (String w : words) {
        if (before.get(i).isWord(w)) {
          return Optional.of(w);
        }
      }
    }
    return Optional.empty();
  }
}
