package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relations a statement names and their aliases, read from tokens so it works on text being
 * typed: a name after FROM/JOIN/UPDATE/INTO/TABLE/ON/USING, optionally qualified, then
 * {@code [AS] alias}. Keys are the alias or, without one, the relation's own name.
 */
final class ScopeTables {
  private static final Set<String> INTRODUCERS = Set.of("from", "join", "update", "into", "table", "on", "using",
      "references");
  private static final Set<String> NOT_ALIASES = Set.of("where", "set", "on", "join", "left", "right", "inner",
      "outer", "full", "cross", "natural", "using", "group", "order", "limit", "returning", "values", "select",
      "default", "add", "drop", "alter", "rename", "owner", "validate", "enable", "disable", "attach", "detach",
      "only", "as", "and", "or", "having", "window", "union", "except", "intersect", "offset", "fetch", "for",
      "lateral", "do", "when", "then", "overriding");

  private ScopeTables() {}

  static Map<Name, QName> of(List<Token> tokens, Catalog c) {
    Map<Name, QName> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size() - 1; i++) {
      Token t = tokens.get(i);
      if (t.is(TokenKind.WORD) && INTRODUCERS.contains(Name.asciiLower(t.text()))) {
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).isWord("only") || tokens.get(j).isWord("if")
            || tokens.get(j).isWord("not") || tokens.get(j).isWord("exists"))) {
          j++;
        }
        relationAt(tokens, j, c, out);
      }
    }
    return out;
  }

  private static void relationAt(List<Token> tokens, int j, Catalog c, Map<Name, QName> out) {
    if (j >= tokens.size() || !CompletionContext.isWordLike(tokens.get(j))) {
      return;
    }
    Optional<Name> schema = Optional.empty();
    Name name = name(tokens.get(j));
    if (j + 2 < tokens.size() && tokens.get(j + 1).is(TokenKind.DOT) && CompletionContext.isWordLike(tokens.get(j + 2))) {
      schema = Optional.of(name);
      name = name(tokens.get(j + 2));
      j += 2;
    }
    Optional<QName> q = c.resolveRelation(schema, name);
    if (q.isEmpty()) {
      return;
    }
    out.putIfAbsent(name, q.get());
    int k = j + 1;
    if (k < tokens.size() && tokens.get(k).isWord("as")) {
      k++;
    }
    if (k < tokens.size() && isAlias(tokens.get(k))) {
      out.put(name(tokens.get(k)), q.get());
    }
  }

  private static boolean isAlias(Token t) {
    return t.is(TokenKind.QUOTED_IDENT) || (t.is(TokenKind.WORD) && !NOT_ALIASES.contains(Name.asciiLower(t.text())));
  }

  static Name name(Token t) {
    if (t.is(TokenKind.QUOTED_IDENT) && t.text().length() >= 2 && t.text().startsWith("\"")) {
      String inner = t.text().substring(1, t.text().length() - (t.unterminated() ? 0 : 1));
      return Name.quoted(inner.replace("\"\"", "\""));
    }
    return Name.unquoted(t.text());
  }
}
