package dev.strata.model.sql.parse;

import dev.strata.model.catalog.Name;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.TypeName;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a type as written ({@code integer}, {@code character varying(255)}, {@code timestamp(3)
 * with time zone}, {@code public."Role"[]}) into a {@link TypeName} whose name is pg_type.typname
 * for built-in types. Interval field restrictions ({@code interval day to second}) become a first
 * modifier in lower case ({@code "day to second"}), followed by the precision if given.
 */
final class TypeParser {
  private TypeParser() {}

  /** Single-word spellings and their typname. */
  private static final Map<String, String> SIMPLE = Map.ofEntries(
      Map.entry("int", "int4"), Map.entry("integer", "int4"), Map.entry("int4", "int4"),
      Map.entry("smallint", "int2"), Map.entry("int2", "int2"), Map.entry("bigint", "int8"),
      Map.entry("int8", "int8"), Map.entry("real", "float4"), Map.entry("float4", "float4"),
      Map.entry("float8", "float8"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
      Map.entry("numeric", "numeric"), Map.entry("boolean", "bool"), Map.entry("bool", "bool"),
      Map.entry("varchar", "varchar"), Map.entry("bpchar", "bpchar"), Map.entry("text", "text"),
      Map.entry("bytea", "bytea"), Map.entry("date", "date"), Map.entry("timetz", "timetz"),
      Map.entry("timestamptz", "timestamptz"), Map.entry("varbit", "varbit"), Map.entry("json", "json"),
      Map.entry("jsonb", "jsonb"), Map.entry("uuid", "uuid"), Map.entry("inet", "inet"),
      Map.entry("cidr", "cidr"), Map.entry("macaddr", "macaddr"), Map.entry("macaddr8", "macaddr8"),
      Map.entry("money", "money"), Map.entry("oid", "oid"), Map.entry("xml", "xml"),
      Map.entry("tsvector", "tsvector"), Map.entry("tsquery", "tsquery"), Map.entry("point", "point"),
      Map.entry("line", "line"), Map.entry("lseg", "lseg"), Map.entry("box", "box"),
      Map.entry("path", "path"), Map.entry("polygon", "polygon"), Map.entry("circle", "circle"),
      Map.entry("serial", "serial"), Map.entry("serial4", "serial"), Map.entry("bigserial", "bigserial"),
      Map.entry("serial8", "bigserial"), Map.entry("smallserial", "smallserial"),
      Map.entry("serial2", "smallserial"), Map.entry("regclass", "regclass"), Map.entry("regtype", "regtype"),
      Map.entry("regproc", "regproc"), Map.entry("regprocedure", "regprocedure"), Map.entry("name", "name"),
      Map.entry("record", "record"), Map.entry("void", "void"), Map.entry("trigger", "trigger"),
      Map.entry("event_trigger", "event_trigger"), Map.entry("anyelement", "anyelement"),
      Map.entry("anyarray", "anyarray"), Map.entry("int4range", "int4range"), Map.entry("int8range", "int8range"),
      Map.entry("numrange", "numrange"), Map.entry("tsrange", "tsrange"), Map.entry("tstzrange", "tstzrange"),
      Map.entry("daterange", "daterange"), Map.entry("pg_lsn", "pg_lsn"), Map.entry("cstring", "cstring"),
      Map.entry("internal", "internal"), Map.entry("xid", "xid"), Map.entry("regconfig", "regconfig"));

  /** typnames a quoted identifier may name directly ({@code "char"}, {@code "int4"}). */
  private static final Set<String> TYPNAMES = typnames();

  private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second");

  private static Set<String> typnames() {
    Set<String> names = new HashSet<>(SIMPLE.values());
    names.addAll(List.of("char", "time", "timestamp", "interval", "bit"));
    return Set.copyOf(names);
  }

  /** Reads a type at the cursor. */
  static TypeName parse(TokenCursor c) {
    int start = c.pos;
    Base base = c.is(TokenKind.WORD) && !c.isAt(1, TokenKind.DOT) ? keywordType(c) : null;
    if (base == null) {
      base = namedType(c);
    }
    List<String> mods = base.modifiers;
    if (mods == null) {
      mods = c.is(TokenKind.LPAREN) ? modifiers(c) : List.of();
    }
    if (base.defaultLength != null && mods.isEmpty()) {
      mods = List.of(base.defaultLength);
    }
    int dims = arrayDims(c);
    if (c.peek() != null && c.peek().isOperator("%") && c.peek(1) != null
        && (c.peek(1).isWord("type") || c.peek(1).isWord("rowtype"))) {
      c.pos += 2;
    }
    return new TypeName(base.name, mods, dims, base.builtin, c.rangeFrom(start));
  }

  /** What the name part of a type resolved to; {@code modifiers} is null when still to be read. */
  private record Base(QualifiedName name, boolean builtin, List<String> modifiers, String defaultLength) {}

  private static Base builtin(TokenCursor c, int start, String typname, List<String> mods, String defaultLength) {
    TextRange r = new TextRange(c.token(start).start(), c.previous().end());
    return new Base(QualifiedName.of(new Ident(Name.of(typname), r, false)), true, mods, defaultLength);
  }

  private static Base keywordType(TokenCursor c) {
    int start = c.pos;
    String w = c.word();
    switch (w) {
      case "double" -> {
        if (c.peek(1) != null && c.peek(1).isWord("precision")) {
          c.pos += 2;
          return builtin(c, start, "float8", null, null);
        }
        return null;
      }
      case "float" -> {
        c.pos++;
        return floatType(c, start);
      }
      case "character", "char", "nchar", "national" -> {
        return charType(c, start);
      }
      case "bit" -> {
        c.pos++;
        boolean varying = c.acceptWord("varying");
        return builtin(c, start, varying ? "varbit" : "bit", null, varying ? null : "1");
      }
      case "time", "timestamp" -> {
        return timeType(c, start, w);
      }
      case "interval" -> {
        return intervalType(c, start);
      }
      default -> {
        String typname = SIMPLE.get(w);
        if (typname == null) {
          return null;
        }
        c.pos++;
        return builtin(c, start, typname, null, null);
      }
    }
  }

  private static Base floatType(TokenCursor c, int start) {
    String typname = "float8";
    if (c.is(TokenKind.LPAREN) && c.isAt(1, TokenKind.NUMBER) && c.isAt(2, TokenKind.RPAREN)) {
      int p = Integer.parseInt(c.peek(1).text());
      typname = p <= 24 ? "float4" : "float8";
      TextRange r = c.token(start).range();
      c.pos += 3;
      return new Base(QualifiedName.of(new Ident(Name.of(typname), r, false)), true, List.of(), null);
    }
    return builtin(c, start, typname, List.of(), null);
  }

  private static Base charType(TokenCursor c, int start) {
    if (c.acceptWord("national")) {
      if (!c.acceptWord("character") && !c.acceptWord("char")) {
        c.pos = start;
        return null;
      }
    } else {
      c.pos++;
    }
    boolean varying = c.acceptWord("varying");
    return builtin(c, start, varying ? "varchar" : "bpchar", null, varying ? null : "1");
  }

  private static Base timeType(TokenCursor c, int start, String w) {
    c.pos++;
    List<String> mods = c.is(TokenKind.LPAREN) ? modifiers(c) : List.of();
    int nameEnd = c.pos;
    boolean tz = false;
    if (c.acceptWords("with", "time", "zone")) {
      tz = true;
      nameEnd = c.pos;
    } else if (c.acceptWords("without", "time", "zone")) {
      nameEnd = c.pos;
    }
    String typname = w.equals("time") ? (tz ? "timetz" : "time") : (tz ? "timestamptz" : "timestamp");
    TextRange r = new TextRange(c.token(start).start(), c.token(nameEnd - 1).end());
    return new Base(QualifiedName.of(new Ident(Name.of(typname), r, false)), true, mods, null);
  }

  private static Base intervalType(TokenCursor c, int start) {
    c.pos++;
    List<String> mods = new ArrayList<>();
    if (INTERVAL_FIELDS.contains(c.word())) {
      StringBuilder fields = new StringBuilder(c.word());
      c.pos++;
      if (c.isWord("to") && INTERVAL_FIELDS.contains(c.peek(1) == null ? "" : c.peek(1).text().toLowerCase(Locale.ROOT))) {
        fields.append(" to ").append(c.peek(1).text().toLowerCase(Locale.ROOT));
        c.pos += 2;
      }
      mods.add(fields.toString());
    }
    if (c.is(TokenKind.LPAREN)) {
      mods.addAll(modifiers(c));
    }
    return builtin(c, start, "interval", mods, null);
  }

  private static Base namedType(TokenCursor c) {
    QualifiedName name = c.qualifiedName();
    Ident last = name.last();
    boolean builtin = false;
    if (name.parts().size() == 1 && last.quoted() && TYPNAMES.contains(last.value())) {
      builtin = true;
    } else if (name.parts().size() == 2 && name.parts().get(0).value().equals("pg_catalog")) {
      builtin = TYPNAMES.contains(last.value());
    }
    return new Base(name, builtin, null, null);
  }

  /** {@code ( a, b )}: each modifier's source text. */
  static List<String> modifiers(TokenCursor c) {
    c.expect(TokenKind.LPAREN);
    List<String> mods = new ArrayList<>(2);
    do {
      mods.add(c.exprToComma().text());
    } while (c.accept(TokenKind.COMMA));
    c.expect(TokenKind.RPAREN);
    return mods;
  }

  private static int arrayDims(TokenCursor c) {
    int dims = 0;
    while (true) {
      if (c.is(TokenKind.LBRACKET)) {
        c.pos++;
        c.accept(TokenKind.NUMBER);
        c.expect(TokenKind.RBRACKET);
        dims++;
      } else if (c.isWord("array")) {
        c.pos++;
        if (c.accept(TokenKind.LBRACKET)) {
          c.accept(TokenKind.NUMBER);
          c.expect(TokenKind.RBRACKET);
        }
        return dims + 1;
      } else {
        return dims;
      }
    }
  }

  /** True for a token that can begin a type. */
  static boolean startsType(Token t) {
    return t != null && (t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT));
  }
}
