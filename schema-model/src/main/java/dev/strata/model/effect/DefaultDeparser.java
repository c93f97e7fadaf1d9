package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a column default the way PostgreSQL's {@code pg_get_expr} does, for the forms migrations
 * use: literals get the column's type as a cast ({@code 'x'::text}, {@code 'A'::"Status"}), numbers
 * stay bare (negative ones become {@code '-1'::integer}), explicit casts print their type with
 * format_type, SQL value keywords are upper-case and function names lower-case. Other expressions
 * fall back to their tokens with PostgreSQL's spacing.
 */
public final class DefaultDeparser {
  static final Set<String> VALUE_KEYWORDS = Set.of("current_timestamp", "current_date", "current_time",
      "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_schema",
      "current_catalog", "user");
  private static final Set<String> NUMERIC_TYPES = Set.of("int2", "int4", "int8", "float4", "float8", "numeric");

  private DefaultDeparser() {}

  /** The pg_get_expr form of {@code tokens} as the default of a column of type {@code target}; empty for NULL. */
  public static Optional<String> deparse(List<Token> tokens, SqlType target, Catalog cat) {
    List<Token> t = stripParens(significant(tokens));
    if (t.size() == 1 && t.get(0).isWord("null")) {
      // A typmod coercion turns NULL into a typed constant; otherwise no default is stored.
      return target.modifiers().isEmpty() ? Optional.empty()
          : Optional.of("NULL::" + target.formatWithoutTypmod(cat::typeVisible));
    }
    return Optional.of(expr(t, target, cat));
  }

  static String expr(List<Token> tokens, SqlType target, Catalog cat) {
    List<Token> t = stripParens(tokens);
    if (t.isEmpty()) {
      return "";
    }
    Token first = t.get(0);
    if (t.size() == 1) {
      return single(first, target, cat);
    }
    if (t.size() == 2 && first.isOperator("-") && t.get(1).is(TokenKind.NUMBER)) {
      return negative(t.get(1).text());
    }
    int cast = topLevelCast(t);
    if (cast > 0) {
      String typeText = castType(t.subList(cast + 1, t.size()), cat);
      List<Token> operand = t.subList(0, cast);
      if (operand.size() == 1 && operand.get(0).is(TokenKind.STRING)) {
        return quote(stringValue(operand.get(0))) + "::" + typeText;
      }
      boolean nonEmptyArray = operand.size() > 3 && operand.get(0).isWord("array")
          && operand.get(1).is(TokenKind.LBRACKET) && !operand.get(2).is(TokenKind.RBRACKET);
      if (nonEmptyArray) {
        // The cast types the elements and disappears, as PostgreSQL folds it into the ARRAY.
        return array(operand, castSqlType(t.subList(cast + 1, t.size()), cat), cat);
      }
      if (operand.size() == 1 && operand.get(0).isWord("null")) {
        return "NULL::" + typeText;
      }
      return typed(t, target, cat).orElseGet(() -> expr(operand, target, cat) + "::" + typeText);
    }
    if (first.isWord("array") && t.get(1).is(TokenKind.LBRACKET)) {
      return array(t, target, cat);
    }
    if (isCall(t)) {
      String fn = first.text().toLowerCase(Locale.ROOT);
      boolean special = fn.equals("nextval") || VALUE_KEYWORDS.contains(fn);
      return special ? call(t, target, cat) : typed(t, target, cat).orElseGet(() -> call(t, target, cat));
    }
    return typed(t, target, cat).orElseGet(() -> generic(t));
  }

  /** The expression printed through parse analysis ({@link ExprDeparser}), for forms beyond a literal. */
  private static Optional<String> typed(List<Token> t, SqlType target, Catalog cat) {
    return ExprDeparser.columnExpr(t, target, cat, Optional.empty());
  }

  private static String single(Token tok, SqlType target, Catalog cat) {
    if (tok.is(TokenKind.STRING)) {
      return literal(stringValue(tok), target, cat);
    }
    if (tok.is(TokenKind.NUMBER)) {
      String n = tok.text();
      return isInteger(n) && !fitsInt(n) ? quote(n) + "::bigint" : n;
    }
    if (tok.is(TokenKind.WORD)) {
      String w = tok.text().toLowerCase(Locale.ROOT);
      return VALUE_KEYWORDS.contains(w) ? w.toUpperCase(Locale.ROOT) : w;
    }
    return tok.text();
  }

  /** An untyped string literal coerced to the column type, as its constant prints. */
  static String literal(String value, SqlType target, Catalog cat) {
    if (target.arrayDims() == 0 && target.isBuiltin()) {
      String tn = target.typname();
      if (NUMERIC_TYPES.contains(tn) && value.matches("[0-9]+(\\.[0-9]+)?")) {
        return value;
      }
      if (tn.equals("bool")) {
        return Set.of("t", "true", "y", "yes", "on", "1").contains(value.toLowerCase(Locale.ROOT)) ? "true" : "false";
      }
      if (tn.equals("timestamp") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        value = value + " 00:00:00";
      }
    }
    return quote(value) + "::" + target.formatWithoutTypmod(cat::typeVisible);
  }

  private static String negative(String n) {
    if (!isInteger(n)) {
      return quote("-" + n) + "::numeric";
    }
    return quote("-" + n) + (fitsInt("-" + n) ? "::integer" : "::bigint");
  }

  private static String array(List<Token> t, SqlType target, Catalog cat) {
    int close = matching(t, 1);
    SqlType element = target.elementType();
    List<String> items = new ArrayList<>();
    for (List<Token> item : splitCommas(t.subList(2, close))) {
      items.add(item.size() == 1 && item.get(0).is(TokenKind.STRING)
          ? literal(stringValue(item.get(0)), element.withoutModifiers(), cat) : expr(item, element, cat));
    }
    return "ARRAY[" + String.join(", ", items) + "]";
  }

  private static String call(List<Token> t, SqlType target, Catalog cat) {
    String fn = t.get(0).is(TokenKind.WORD) ? t.get(0).text().toLowerCase(Locale.ROOT) : t.get(0).text();
    List<Token> inner = t.subList(2, t.size() - 1);
    if (VALUE_KEYWORDS.contains(fn)) {
      return fn.toUpperCase(Locale.ROOT) + "(" + generic(inner) + ")";
    }
    List<String> args = new ArrayList<>();
    for (List<Token> arg : splitCommas(inner)) {
      if (fn.equals("nextval") && arg.size() == 1 && arg.get(0).is(TokenKind.STRING)) {
        args.add(quote(regclass(stringValue(arg.get(0)), cat)) + "::regclass");
      } else if (arg.size() == 1 && arg.get(0).is(TokenKind.STRING)) {
        args.add(quote(stringValue(arg.get(0))) + "::text");
      } else {
        args.add(expr(arg, target, cat));
      }
    }
    return fn + "(" + String.join(", ", args) + ")";
  }

  /** How a regclass constant prints: quoted as needed, qualified only when not on the path. */
  static String regclass(String text, Catalog cat) {
    List<String> parts = new ArrayList<>();
    for (Token tok : Names.tokens(text)) {
      if (tok.is(TokenKind.WORD)) {
        parts.add(Name.unquoted(tok.text()).value());
      } else if (tok.is(TokenKind.QUOTED_IDENT)) {
        parts.add(Names.unquote(tok.text()));
      }
    }
    if (parts.isEmpty()) {
      return text;
    }
    Name name = Name.of(parts.get(parts.size() - 1));
    if (parts.size() >= 2 && !cat.typeVisible(new QName(Name.of(parts.get(parts.size() - 2)), name))) {
      return Name.of(parts.get(parts.size() - 2)).sql() + "." + name.sql();
    }
    return name.sql();
  }

  private static String castType(List<Token> t, Catalog cat) {
    return castSqlType(t, cat).format(cat::typeVisible);
  }

  static SqlType castSqlType(List<Token> t, Catalog cat) {
    StringBuilder words = new StringBuilder();
    List<String> mods = new ArrayList<>();
    int dims = 0;
    Optional<String> schema = Optional.empty();
    String last = null;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.is(TokenKind.WORD) || tok.is(TokenKind.QUOTED_IDENT)) {
        String w = tok.is(TokenKind.WORD) ? tok.text().toLowerCase(Locale.ROOT) : Names.unquote(tok.text());
        if (tok.is(TokenKind.QUOTED_IDENT)) {
          last = w;
        } else {
          words.append(words.length() > 0 ? " " : "").append(w);
        }
      } else if (tok.is(TokenKind.DOT)) {
        schema = Optional.of(last != null ? last : words.toString());
        last = null;
        words.setLength(0);
      } else if (tok.is(TokenKind.NUMBER)) {
        mods.add(tok.text());
      } else if (tok.is(TokenKind.LBRACKET)) {
        dims++;
      }
    }
    String base = last != null ? last : TypeResolver.canonical(words.toString().replace(" varying", " varying"));
    return resolveCast(base, last != null, schema, mods, dims, cat);
  }

  private static SqlType resolveCast(String base, boolean quoted, Optional<String> schema, List<String> mods,
      int dims, Catalog cat) {
    if (!quoted && schema.isEmpty() && TypeResolver.BUILTINS.contains(base)) {
      return new SqlType(new QName(QName.PG_CATALOG, Name.of(base)), mods, dims);
    }
    Name n = quoted ? Name.of(base) : Name.unquoted(base);
    Optional<QName> q = cat.resolveType(schema.map(Name::unquoted), n);
    return new SqlType(q.orElse(new QName(schema.map(Name::unquoted).orElse(QName.PUBLIC), n)), mods, dims);
  }

  /** Tokens joined with PostgreSQL's spacing; a top-level operator expression gets parentheses. */
  static String generic(List<Token> t) {
    StringBuilder sb = new StringBuilder();
    boolean topLevelOperator = false;
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      Token prev = i > 0 ? t.get(i - 1) : null;
      if (tok.is(TokenKind.LPAREN) || tok.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (tok.is(TokenKind.RPAREN) || tok.is(TokenKind.RBRACKET)) {
        depth--;
      }
      boolean op = tok.is(TokenKind.OPERATOR);
      topLevelOperator |= op && depth == 0;
      boolean noSpace = prev == null || prev.is(TokenKind.LPAREN) || prev.is(TokenKind.CAST) || prev.is(TokenKind.DOT)
          || tok.is(TokenKind.RPAREN) || tok.is(TokenKind.COMMA) || tok.is(TokenKind.CAST) || tok.is(TokenKind.DOT)
          || tok.is(TokenKind.LBRACKET) || tok.is(TokenKind.RBRACKET) || (tok.is(TokenKind.LPAREN) && prev.is(TokenKind.WORD));
      if (!noSpace) {
        sb.append(' ');
      }
      sb.append(tok.is(TokenKind.WORD) ? word(tok.text()) : tok.text());
    }
    return topLevelOperator ? "(" + sb + ")" : sb.toString();
  }

  private static String word(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return VALUE_KEYWORDS.contains(lower) || Set.of("and", "or", "not", "null", "is", "in", "interval").contains(lower)
        ? lower.toUpperCase(Locale.ROOT) : lower;
  }

  // ---- Token helpers ------------------------------------------------------------------------

  static List<Token> significant(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (!t.kind().isComment()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * {@code t} without the parentheses that wrap all of it. Linear in the number of tokens (the
   * closing bracket of every token is found once), so 10,000 nested parentheses cost no more than
   * 10,000 tokens; the result is what repeatedly stripping a pair while {@link #matching} of the
   * first token is the last one gives.
   */
  static List<Token> stripParens(List<Token> t) {
    int[] close = closers(t);
    int n = t.size();
    int k = 0;
    while (n - 2 * k >= 2 && t.get(k).is(TokenKind.LPAREN) && (close[k] < 0 || close[k] >= n - 1 - k)) {
      k++;
    }
    return t.subList(k, n - k);
  }

  /** For each opening bracket, the index of the bracket closing it, or -1 when none does. */
  private static int[] closers(List<Token> t) {
    int[] close = new int[t.size()];
    Arrays.fill(close, -1);
    int[] stack = new int[t.size()];
    int top = 0;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.is(TokenKind.LPAREN) || k.is(TokenKind.LBRACKET)) {
        stack[top++] = i;
      } else if ((k.is(TokenKind.RPAREN) || k.is(TokenKind.RBRACKET)) && top > 0) {
        close[stack[--top]] = i;
      }
    }
    return close;
  }

  /** The index of the bracket closing the one at {@code open}, or the last index. */
  static int matching(List<Token> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.is(TokenKind.LPAREN) || k.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (k.is(TokenKind.RPAREN) || k.is(TokenKind.RBRACKET)) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return t.size() - 1;
  }

  private static int topLevelCast(List<Token> t) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.is(TokenKind.LPAREN) || k.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (k.is(TokenKind.RPAREN) || k.is(TokenKind.RBRACKET)) {
        depth--;
      } else if (depth == 0 && k.is(TokenKind.OPERATOR)) {
        return -1;
      } else if (depth == 0 && k.is(TokenKind.CAST)) {
        found = i;
      }
    }
    return found;
  }

  private static boolean isCall(List<Token> t) {
    return t.size() >= 3 && (t.get(0).is(TokenKind.WORD) || t.get(0).is(TokenKind.QUOTED_IDENT))
        && t.get(1).is(TokenKind.LPAREN) && matching(t, 1) == t.size() - 1;
  }

  static List<List<Token>> splitCommas(List<Token> t) {
    List<List<Token>> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.is(TokenKind.LPAREN) || k.is(TokenKind.LBRACKET)) {
        depth++;
      } else if (k.is(TokenKind.RPAREN) || k.is(TokenKind.RBRACKET)) {
        depth--;
      } else if (depth == 0 && k.is(TokenKind.COMMA)) {
        out.add(t.subList(start, i));
        start = i + 1;
      }
    }
    if (start < t.size()) {
      out.add(t.subList(start, t.size()));
    }
    return out;
  }

  /** The value of a string token: quotes removed, doubled quotes and E-string escapes resolved. */
  public static String stringValue(Token tok) {
    String s = tok.text();
    boolean escape = s.startsWith("E") || s.startsWith("e");
    int q = s.indexOf('\'');
    if (q < 0 || s.length() < q + 2) {
      return s;
    }
    String body = s.substring(q + 1, s.endsWith("'") ? s.length() - 1 : s.length()).replace("''", "'");
    if (escape) {
      body = body.replace("\\n", "\n").replace("\\t", "\t").replace("\\'", "'").replace("\\\\", "\\");
    }
    return body;
  }

  static String quote(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  private static boolean isInteger(String n) {
    return n.matches("[0-9]+");
  }

  private static boolean fitsInt(String n) {
    try {
      Integer.parseInt(n);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
