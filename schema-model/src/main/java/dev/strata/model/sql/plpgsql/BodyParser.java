package dev.strata.model.sql.plpgsql;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.RawStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive descent over the tokens of one PL/pgSQL body. It reads the statement structure only:
 * conditions, declarations, assignments and RAISE/RETURN are skipped to their semicolon, SQL
 * statements are handed to our SQL parser. Anything unexpected throws {@link Failure}, and the
 * caller treats the whole body as unreadable. So does nesting deeper than {@link #MAX_NESTING}
 * blocks, branches and loops: the recursion (here and in every walk of the tree) stays bounded, and
 * a thread's stack cannot overflow on a hostile body.
 */
final class BodyParser {
  /** Words that end a statement list: the end of a block, a branch or a handler. */
  private static final Set<String> STOP = Set.of("end", "exception", "elsif", "elseif", "else", "when");
  /** Statements with no schema effect and no SQL to check; skipped to their semicolon. */
  private static final Set<String> SKIPPED = Set.of("raise", "return", "exit", "continue", "null", "get", "open",
      "fetch", "close", "move", "assert", "commit", "rollback");

  static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message, null, false, false);
    }
  }

  /** Deepest nesting of statements read; real bodies stay below a dozen. */
  static final int MAX_NESTING = 256;

  private final String masked;
  private int depth;
  private final List<Token> toks;
  private int pos;
  final Set<String> variables = new LinkedHashSet<>();
  boolean dynamic;

  BodyParser(String masked, List<Token> toks) {
    this.masked = masked;
    this.toks = toks;
  }

  PlNode.Block parse() {
    skipLabel();
    PlNode.Block b = block();
    accept(TokenKind.SEMICOLON);
    if (pos < toks.size()) {
      throw new Failure("text after the block's END");
    }
    return b;
  }

  private PlNode.Block block() {
    int start = peek().start();
    if (acceptWord("declare")) {
      declarations();
    }
    expectWord("begin");
    List<PlNode> body = statements();
    List<String> handlers = new ArrayList<>();
    if (acceptWord("exception")) {
      while (acceptWord("when")) {
        while (!isWord("then")) {
          Token t = next();
          if (t.is(TokenKind.WORD) && !t.isWord("or") && !t.isWord("sqlstate")) {
            handlers.add(lower(t));
          } else if (t.is(TokenKind.STRING)) {
            handlers.add("sqlstate " + t.text().replace("'", ""));
          }
        }
        expectWord("then");
        // A handler runs only after an error we would report anyway; its statements (NULL, RAISE
        // NOTICE in every migration we have seen) are read for structure and not applied.
        statements();
      }
    }
    expectWord("end");
    acceptLabel();
    return new PlNode.Block(body, handlers, new TextRange(start, previous().end()));
  }

  private void declarations() {
    while (!isWord("begin")) {
      Token name = next();
      if (name.is(TokenKind.WORD) || name.is(TokenKind.QUOTED_IDENT)) {
        variables.add(fold(name));
      }
      skipToSemicolon();
    }
  }

  private List<PlNode> statements() {
    List<PlNode> out = new ArrayList<>();
    while (pos < toks.size() && !(peek().is(TokenKind.WORD) && STOP.contains(lower(peek())))) {
      PlNode n = statement();
      if (n != null) {
        out.add(n);
      }
    }
    return out;
  }

  private PlNode statement() {
    if (++depth > MAX_NESTING) {
      throw new Failure("statements nested more than " + MAX_NESTING + " deep");
    }
    try {
      return statementAtDepth();
    } finally {
      depth--;
    }
  }

  private PlNode statementAtDepth() {
    skipLabel();
    Token t = peek();
    int start = t.start();
    String w = t.is(TokenKind.WORD) ? lower(t) : "";
    switch (w) {
      case "declare", "begin" -> {
        PlNode.Block b = block();
        expect(TokenKind.SEMICOLON);
        return b;
      }
      case "if" -> {
        return ifStatement(start);
      }
      case "case" -> {
        return caseStatement(start);
      }
      case "loop" -> {
        return loop(start);
      }
      case "while", "for", "foreach" -> {
        next();
        if (!w.equals("while")) {
          loopVariables();
        }
        skipUntilWord("loop");
        return loop(start);
      }
      case "execute" -> {
        dynamic = true;
        skipToSemicolon();
        return new PlNode.Execute(new TextRange(start, previous().end()));
      }
      case "perform" -> {
        List<Token> tokens = skipToSemicolon();
        return new PlNode.Perform(tokens, new TextRange(start, previous().end()));
      }
      default -> {
        if (SKIPPED.contains(w) || isAssignment()) {
          skipToSemicolon();
          return null;
        }
        return sql(start);
      }
    }
  }

  private PlNode sql(int start) {
    List<Token> tokens = skipToSemicolon();
    Token last = tokens.get(tokens.size() - 1);
    RawStatement raw = new RawStatement(new TextRange(start, last.end()), tokens, List.of(), true);
    return new PlNode.Sql(new ParsedStatement(SqlParser.parseStatement(masked, raw), raw));
  }

  private PlNode ifStatement(int start) {
    next();
    List<PlNode> branches = new ArrayList<>();
    branches.add(branch("IF", "then"));
    while (isWord("elsif") || isWord("elseif")) {
      next();
      branches.add(branch("ELSIF", "then"));
    }
    if (isWord("else")) {
      int s = next().start();
      branches.add(new PlNode.Branch("ELSE", statements(), new TextRange(s, previous().end())));
    }
    expectWord("end");
    expectWord("if");
    expect(TokenKind.SEMICOLON);
    return new PlNode.Branch("IF", branches, new TextRange(start, previous().end()));
  }

  private PlNode caseStatement(int start) {
    next();
    skipUntilWord("when");
    List<PlNode> branches = new ArrayList<>();
    while (acceptWord("when")) {
      branches.add(branch("WHEN", "then"));
    }
    if (isWord("else")) {
      int s = next().start();
      branches.add(new PlNode.Branch("ELSE", statements(), new TextRange(s, previous().end())));
    }
    expectWord("end");
    expectWord("case");
    expect(TokenKind.SEMICOLON);
    return new PlNode.Branch("CASE", branches, new TextRange(start, previous().end()));
  }

  /** A condition up to {@code word}, then the statements of the branch. */
  private PlNode.Branch branch(String kind, String word) {
    int s = peek().start();
    skipUntilWord(word);
    expectWord(word);
    return new PlNode.Branch(kind, statements(), new TextRange(s, previous().end()));
  }

  private PlNode loop(int start) {
    expectWord("loop");
    List<PlNode> body = statements();
    expectWord("end");
    expectWord("loop");
    acceptLabel();
    expect(TokenKind.SEMICOLON);
    return new PlNode.Branch("LOOP", body, new TextRange(start, previous().end()));
  }

  /** {@code FOR a, b IN ...} / {@code FOREACH x [SLICE n] IN ARRAY ...}: the loop's variables. */
  private void loopVariables() {
    while (pos < toks.size() && !isWord("in") && !isWord("slice")) {
      Token t = next();
      if (t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT)) {
        variables.add(fold(t));
      }
    }
  }

  /** {@code name [.field | [i]]* := | = ...}: no SQL statement starts like this. */
  private boolean isAssignment() {
    int j = pos;
    if (j >= toks.size() || !(toks.get(j).is(TokenKind.WORD) || toks.get(j).is(TokenKind.QUOTED_IDENT))) {
      return false;
    }
    j++;
    int brackets = 0;
    while (j < toks.size()) {
      Token t = toks.get(j);
      if (brackets == 0 && (t.isOperator(":=") || t.isOperator("="))) {
        return true;
      }
      if (t.is(TokenKind.LBRACKET)) {
        brackets++;
      } else if (t.is(TokenKind.RBRACKET)) {
        brackets--;
      } else if (brackets == 0 && !t.is(TokenKind.DOT) && !t.is(TokenKind.WORD) && !t.is(TokenKind.QUOTED_IDENT)) {
        return false;
      } else if (brackets == 0 && t.is(TokenKind.WORD) && !toks.get(j - 1).is(TokenKind.DOT)) {
        return false;
      }
      j++;
    }
    return false;
  }

  // ---- token helpers ------------------------------------------------------------------------

  /** Skips to {@code word} at parenthesis depth 0 outside CASE ... END; the word is not consumed. */
  private void skipUntilWord(String word) {
    int depth = 0;
    int cases = 0;
    while (pos < toks.size()) {
      Token t = peek();
      if (depth == 0 && cases == 0 && t.isWord(word)) {
        return;
      }
      if (t.is(TokenKind.LPAREN) || t.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN) || t.is(TokenKind.RBRACKET)) {
        depth--;
      } else if (t.isWord("case")) {
        cases++;
      } else if (t.isWord("end") && cases > 0) {
        cases--;
      }
      pos++;
    }
    throw new Failure("expected " + word.toUpperCase(Locale.ROOT));
  }

  /** The tokens up to and including the next semicolon at depth 0. */
  private List<Token> skipToSemicolon() {
    List<Token> out = new ArrayList<>();
    int depth = 0;
    while (pos < toks.size()) {
      Token t = next();
      out.add(t);
      if (t.is(TokenKind.LPAREN) || t.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (t.is(TokenKind.RPAREN) || t.is(TokenKind.RBRACKET)) {
        depth--;
      } else if (t.is(TokenKind.SEMICOLON) && depth <= 0) {
        return out;
      }
    }
    throw new Failure("missing semicolon");
  }

  private void skipLabel() {
    if (pos + 2 < toks.size() && peek().isOperator("<<") && toks.get(pos + 2).isOperator(">>")) {
      pos += 3;
    }
  }

  private void acceptLabel() {
    if (pos < toks.size() && (peek().is(TokenKind.WORD) || peek().is(TokenKind.QUOTED_IDENT))
        && !STOP.contains(lower(peek()))) {
      pos++;
    }
  }

  private Token peek() {
    if (pos >= toks.size()) {
      throw new Failure("unexpected end of body");
    }
    return toks.get(pos);
  }

  private Token next() {
    Token t = peek();
    pos++;
    return t;
  }

  private Token previous() {
    return toks.get(pos - 1);
  }

  private boolean isWord(String w) {
    return pos < toks.size() && toks.get(pos).isWord(w);
  }

  private boolean acceptWord(String w) {
    if (isWord(w)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expectWord(String w) {
    if (!acceptWord(w)) {
      throw new Failure("expected " + w.toUpperCase(Locale.ROOT) + " at " + (pos < toks.size() ? peek() : "end"));
    }
  }

  private boolean accept(TokenKind k) {
    if (pos < toks.size() && toks.get(pos).is(k)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(TokenKind k) {
    if (!accept(k)) {
      throw new Failure("expected " + k);
    }
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  static String fold(Token t) {
    if (t.is(TokenKind.QUOTED_IDENT)) {
      String s = t.text();
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return lower(t);
  }
}
