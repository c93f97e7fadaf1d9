package dev.strata.model.sql.plpgsql;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PL/pgSQL body read from a dollar-quoted string: its block tree, the names it declares
 * (DECLARE entries and loop variables, lower-case), the identifier-like string literals it spells
 * and whether it runs dynamic SQL. Every range, including those of the SQL statements inside, is an
 * offset in the enclosing file: the body is lexed in place, with the rest of the file blanked.
 */
public record PlpgsqlBody(PlNode.Block root, Set<String> variables, List<String> literals, boolean executesDynamicSql) {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  public PlpgsqlBody {
    variables = Set.copyOf(variables);
    literals = List.copyOf(literals);
  }

  /**
   * The body inside {@code dollarString} (a {@link TokenKind#DOLLAR_STRING} token of {@code source}),
   * or empty when it is not PL/pgSQL we can read (the caller then treats its effect as unknown).
   */
  public static Optional<PlpgsqlBody> parse(String source, Token dollarString) {
    Optional<TextRange> inner = inner(dollarString);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    String masked = masked(source, inner.get());
    List<Token> tokens = Lexer.lex(masked).stream().filter(t -> !t.kind().isComment()).toList();
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    BodyParser p = new BodyParser(masked, tokens);
    try {
      PlNode.Block root = p.parse();
      return Optional.of(new PlpgsqlBody(root, p.variables, literals(tokens), p.dynamic));
    } catch (BodyParser.Failure e) {
      return Optional.empty();
    }
  }

  /**
   * True when the body of {@code dollarString} runs {@code EXECUTE}: a word EXECUTE that starts a
   * statement (after {@code ;}, BEGIN, THEN, ELSE or LOOP). Cheaper and more lenient than
   * {@link #parse}, for function bodies that are only stored.
   */
  public static boolean executesDynamicSql(String source, Token dollarString) {
    Optional<TextRange> inner = inner(dollarString);
    if (inner.isEmpty()) {
      return false;
    }
    List<Token> tokens = Lexer.lex(masked(source, inner.get())).stream().filter(t -> !t.kind().isComment()).toList();
    for (int i = 1; i < tokens.size(); i++) {
      Token prev = tokens.get(i - 1);
      if (tokens.get(i).isWord("execute") && (prev.is(TokenKind.SEMICOLON) || prev.isWord("begin")
          || prev.isWord("then") || prev.isWord("else") || prev.isWord("loop"))) {
        return true;
      }
    }
    return false;
  }

  /** The text between the opening and closing {@code $tag$} of a dollar-quoted string. */
  public static Optional<TextRange> inner(Token dollarString) {
    String text = dollarString.text();
    int open = text.indexOf('$', 1) + 1;
    if (!dollarString.is(TokenKind.DOLLAR_STRING) || open <= 0 || dollarString.unterminated()) {
      return Optional.empty();
    }
    int close = text.length() - open;
    if (close < open) {
      return Optional.empty();
    }
    return Optional.of(new TextRange(dollarString.start() + open, dollarString.start() + close));
  }

  /** The string literals of {@code tokens} that spell an identifier, unquoted: {@code 'v1_payload_wal'}. */
  public static List<String> literals(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.is(TokenKind.STRING) && t.text().startsWith("'") && t.text().endsWith("'") && t.text().length() > 2) {
        String v = t.text().substring(1, t.text().length() - 1).replace("''", "'");
        if (IDENTIFIER.matcher(v).matches() && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** {@code source} with everything outside {@code keep} replaced by spaces, so offsets stay the file's. */
  private static String masked(String source, TextRange keep) {
    char[] buf = new char[source.length()];
    Arrays.fill(buf, ' ');
    source.getChars(keep.start(), keep.end(), buf, keep.start());
    return new String(buf);
  }
}
