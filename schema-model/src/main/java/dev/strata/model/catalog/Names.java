package dev.strata.model.catalog;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Identifier scanning over expression text: which names an expression mentions, textually. */
public final class Names {
  private Names() {}

  /** The folded names of every identifier token in {@code text}, in order of first mention. */
  public static Set<Name> identifiers(String text) {
    Set<Name> out = new LinkedHashSet<>();
    for (Token t : Lexer.lex(text)) {
      if (t.is(TokenKind.WORD)) {
        out.add(Name.unquoted(t.text()));
      } else if (t.is(TokenKind.QUOTED_IDENT) && t.text().length() >= 2) {
        out.add(Name.quoted(unquote(t.text())));
      }
    }
    return out;
  }

  /** Identifier tokens that name columns: words not followed by '(' and not preceded by '.'. */
  public static List<Name> columnLikeIdentifiers(List<Token> tokens) {
    List<Name> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is(TokenKind.LPAREN);
      boolean afterCast = i > 0 && tokens.get(i - 1).is(TokenKind.CAST);
      if (call || afterCast) {
        continue;
      }
      if (t.is(TokenKind.WORD)) {
        out.add(Name.unquoted(t.text()));
      } else if (t.is(TokenKind.QUOTED_IDENT)) {
        out.add(Name.quoted(unquote(t.text())));
      }
    }
    return out;
  }

  /**
   * {@code text} with every column-like mention of {@code from} (as {@link #columnLikeIdentifiers}
   * finds them) replaced by {@code to}: what PostgreSQL prints for a stored expression or predicate
   * after {@code RENAME COLUMN}.
   */
  public static String renameColumn(String text, Name from, Name to) {
    List<Token> tokens = tokens(text);
    StringBuilder out = new StringBuilder(text);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is(TokenKind.LPAREN);
      boolean afterCast = i > 0 && tokens.get(i - 1).is(TokenKind.CAST);
      Name n = t.is(TokenKind.WORD) ? Name.unquoted(t.text())
          : t.is(TokenKind.QUOTED_IDENT) ? Name.quoted(unquote(t.text())) : null;
      if (n != null && !call && !afterCast && n.equals(from)) {
        out.replace(t.start(), t.end(), to.sql());
      }
    }
    return out.toString();
  }

  /** The significant tokens of {@code text} (comments dropped). */
  public static List<Token> tokens(String text) {
    return Lexer.lex(text).stream().filter(t -> !t.kind().isComment()).toList();
  }

  public static boolean mentions(String text, Name name) {
    return identifiers(text).contains(name);
  }

  /** The body of a double-quoted identifier with doubled quotes resolved. */
  public static String unquote(String quoted) {
    if (quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\"")) {
      return quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"");
    }
    return quoted;
  }
}
