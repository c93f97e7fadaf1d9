package dev.strata.model.sql.parse;

import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.SequenceOptions;
import dev.strata.model.sql.ast.TypeName;
import java.util.Optional;

/** Sequence options, shared by CREATE/ALTER SEQUENCE and identity columns; read in any order. */
final class SequenceParser {
  private SequenceParser() {}

  /** Reads options until a token that starts none; never consumes anything else. */
  static SequenceOptions options(TokenCursor c) {
    Builder b = new Builder();
    while (option(c, b)) {
      // Each call consumed one option.
    }
    return b.build();
  }

  private static boolean option(TokenCursor c, Builder b) {
    if (c.acceptWord("as")) {
      b.as = Optional.of(TypeParser.parse(c));
    } else if (c.acceptWord("start")) {
      c.acceptWord("with");
      b.start = Optional.of(number(c));
    } else if (c.acceptWord("restart")) {
      b.restart = true;
      if (c.acceptWord("with") || c.is(TokenKind.NUMBER) || c.isOperator("-")) {
        number(c);
      }
    } else if (c.acceptWord("increment")) {
      c.acceptWord("by");
      b.increment = Optional.of(number(c));
    } else if (c.acceptWord("minvalue")) {
      b.minValue = Optional.of(number(c));
    } else if (c.acceptWord("maxvalue")) {
      b.maxValue = Optional.of(number(c));
    } else if (c.acceptWords("no", "minvalue") || c.acceptWords("no", "maxvalue")) {
      // "Not said" and "NO MINVALUE" both mean the type's bound.
    } else if (c.acceptWord("cache")) {
      b.cache = Optional.of(number(c));
    } else if (c.acceptWord("cycle")) {
      b.cycle = Optional.of(true);
    } else if (c.acceptWords("no", "cycle")) {
      b.cycle = Optional.of(false);
    } else if (c.acceptWords("owned", "by")) {
      if (c.acceptWord("none")) {
        b.ownedByNone = true;
      } else {
        b.ownedBy = Optional.of(c.qualifiedName());
      }
    } else if (c.acceptWords("sequence", "name")) {
      c.qualifiedName();
    } else {
      return false;
    }
    return true;
  }

  /** A possibly signed integer literal. */
  static long number(TokenCursor c) {
    boolean negative = false;
    if (c.isOperator("-") || c.isOperator("+")) {
      negative = c.next().text().equals("-");
    }
    Token t = c.peek();
    if (t == null || !t.is(TokenKind.NUMBER)) {
      throw c.error();
    }
    try {
      long v = Long.parseLong((negative ? "-" : "") + t.text().replace("_", ""));
      c.pos++;
      return v;
    } catch (NumberFormatException e) {
      throw c.error();
    }
  }

  private static final class Builder {
    Optional<TypeName> as = Optional.empty();
    Optional<Long> start = Optional.empty();
    Optional<Long> increment = Optional.empty();
    Optional<Long> minValue = Optional.empty();
    Optional<Long> maxValue = Optional.empty();
    Optional<Boolean> cycle = Optional.empty();
    Optional<Long> cache = Optional.empty();
    Optional<QualifiedName> ownedBy = Optional.empty();
    boolean ownedByNone;
    boolean restart;

    SequenceOptions build() {
      return new SequenceOptions(as, start, increment, minValue, maxValue, cycle, cache, ownedBy, ownedByNone,
          restart);
    }
  }
}
