package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;

/**
 * The text JSqlParser parsed and our own tokens of it. JSqlParser reports token positions as
 * 1-based char offsets into the parsed text ({@code absoluteBegin}; tabs and surrogate pairs count
 * as Java chars), so a node's start maps to {@code base + absoluteBegin - 1}. Names and their exact
 * ranges always come from our {@link Lexer} tokens at that position, never from JSqlParser's
 * strings, so quoting and folding follow PostgreSQL.
 *
 * <p>When JSqlParser parsed a {@link QuotedText} rewrite rather than the text itself, its positions
 * are mapped back through the rewrite: every offset this class hands out is into the original text.
 */
final class SqlText {
  private final String text;
  private final int base;
  private final List<Token> tokens;
  private final QuotedText parsed;

  SqlText(String text, int base) {
    this(text, base, QuotedText.identity(text));
  }

  /** {@code parsed} is what JSqlParser actually read: {@code text} or a rewrite of it. */
  SqlText(String text, int base, QuotedText parsed) {
    this.text = text;
    this.base = base;
    this.parsed = parsed;
    List<Token> significant = new ArrayList<>();
    for (Token t : Lexer.lex(text)) {
      if (!t.kind().isComment()) {
        significant.add(t);
      }
    }
    this.tokens = significant;
  }

  String text() {
    return text;
  }

  /** File offset of the parsed text's first char. */
  int base() {
    return base;
  }

  /** An empty range at the start of the parsed text: where a name with no locatable token points. */
  TextRange baseRange() {
    return new TextRange(base, base);
  }

  /** The file range of a text-relative range. */
  TextRange toFile(TextRange local) {
    return local.shift(base);
  }

  /** Text-relative start offset of a JSqlParser node, when it carries tokens. */
  Optional<Integer> startOf(Object node) {
    if (!(node instanceof ASTNodeAccess access)) {
      return Optional.empty();
    }
    Node ast = access.getASTNode();
    if (ast == null || ast.jjtGetFirstToken() == null) {
      return Optional.empty();
    }
    int start = parsed.toOriginal(ast.jjtGetFirstToken().absoluteBegin - 1);
    return start >= 0 && start < text.length() ? Optional.of(start) : Optional.empty();
  }

  /**
   * The identifier chain of a node as written: our tokens at the node's start when the count of
   * parts matches what JSqlParser saw, else the first chain spelling {@code names}; empty if neither.
   */
  List<Ident> locate(Object node, List<Name> names) {
    Optional<Integer> start = startOf(node);
    if (start.isPresent()) {
      List<Ident> chain = chain(tokenAt(start.get()));
      if (chain.size() >= names.size() && !chain.isEmpty()) {
        return chain.subList(0, names.size());
      }
    }
    return find(names, 0).orElse(List.of());
  }

  /** Index of our token starting exactly at a text offset, or -1. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s == offset) {
        return mid;
      } else if (s < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  Token token(int index) {
    return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
  }

  /** The dotted identifier chain {@code a.b.c} starting at token {@code index} (file ranges). */
  List<Ident> chain(int index) {
    List<Ident> parts = new ArrayList<>();
    int i = index;
    while (isIdent(token(i))) {
      parts.add(ident(token(i)));
      if (token(i + 1) != null && token(i + 1).is(TokenKind.DOT) && isIdent(token(i + 2))) {
        i += 2;
      } else {
        break;
      }
    }
    return parts;
  }

  /** Index just after the chain that starts at {@code index}. */
  int afterChain(int index) {
    int i = index;
    while (isIdent(token(i)) && token(i + 1) != null && token(i + 1).is(TokenKind.DOT) && isIdent(token(i + 2))) {
      i += 2;
    }
    return i + 1;
  }

  /**
   * The first chain of identifiers equal to {@code names} at or after text offset {@code from}:
   * the fallback for nodes JSqlParser gives no position.
   */
  Optional<List<Ident>> find(List<Name> names, int from) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() < from || !isIdent(tokens.get(i))) {
        continue;
      }
      List<Ident> chain = chain(i);
      if (chain.size() >= names.size()
          && chain.subList(0, names.size()).stream().map(Ident::name).toList().equals(names)) {
        return Optional.of(chain.subList(0, names.size()));
      }
    }
    return Optional.empty();
  }

  /** Index of the first unquoted word {@code word} at or after text offset {@code from}, or -1. */
  int findWord(String word, int from) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= from && tokens.get(i).isWord(word)) {
        return i;
      }
    }
    return -1;
  }

  static boolean isIdent(Token t) {
    return t != null && (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT);
  }

  Ident ident(Token t) {
    return new Ident(fold(t.text()), toFile(t.range()), t.kind() == TokenKind.QUOTED_IDENT);
  }

  /** PostgreSQL's folding of one identifier as written (quoted kept, unquoted lower-cased). */
  static Name fold(String raw) {
    if (raw.startsWith("U&\"") || raw.startsWith("u&\"")) {
      return Name.quoted(unquote(raw.substring(2)));
    }
    if (raw.startsWith("\"")) {
      return Name.quoted(unquote(raw));
    }
    return Name.unquoted(raw);
  }

  private static String unquote(String raw) {
    String inner = raw.length() >= 2 && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : raw.substring(1);
    return inner.replace("\"\"", "\"");
  }
}
