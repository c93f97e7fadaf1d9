package dev.strata.model.sql.expr;

import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.expr.SqlExpr.AnyAll;
import dev.strata.model.sql.expr.SqlExpr.Bool;
import dev.strata.model.sql.expr.SqlExpr.BoolKind;
import dev.strata.model.sql.expr.SqlExpr.InList;
import dev.strata.model.sql.expr.SqlExpr.NullTest;
import dev.strata.model.sql.expr.SqlExpr.Operator;
import dev.strata.model.sql.expr.SqlExpr.TypeCast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A precedence-climbing parser for PostgreSQL scalar expressions over our {@link
 * dev.strata.model.sql.Lexer} tokens. Precedence follows gram.y, lowest first: OR, AND, NOT, IS,
 * comparison, IN/LIKE/BETWEEN, other operators, {@code + -}, {@code * / %}, {@code ^}, unary
 * minus, {@code ::}.
 *
 * <p>We parse ourselves rather than through JSqlParser because the printer needs exactly
 * PostgreSQL's tree (BETWEEN expanded, LIKE as {@code ~~}, operators by name) and PostgreSQL's
 * tokens ({@code #>>}, {@code ->>}, E-strings, quoted identifiers), which our lexer already has.
 * Unsupported syntax (subscripts, COLLATE, sub-selects) makes {@link #parse} return empty so
 * callers can keep the source text.
 */
public final class ExprParser {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int IS = 4;
  private static final int CMP = 5;
  private static final int IN = 6;
  private static final int OP = 7;
  private static final int ADD = 8;
  private static final int MUL = 9;
  private static final int EXP = 10;
  private static final int UNARY = 13;
  private static final int CAST = 15;
  private static final Set<String> COMPARISONS = Set.of("<", ">", "=", "<=", ">=", "<>", "!=");
  private static final Set<String> TYPE_CONTINUATIONS = Set.of("precision", "varying", "with", "without", "time",
      "zone");
  private static final Set<String> SQL_VALUES = Set.of("current_timestamp", "current_date", "current_time",
      "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_schema",
      "current_catalog", "user");
  private static final Set<String> TYPED_LITERAL_TYPES = Set.of("interval", "timestamp", "timestamptz", "date",
      "time", "json", "jsonb", "uuid", "text", "numeric", "int", "integer", "bigint", "boolean");

  private final List<Token> tokens;
  private int pos;

  private ExprParser(List<Token> tokens) {
    this.tokens = tokens.stream().filter(t -> !t.kind().isComment()).toList();
  }

  /** The expression spelled by {@code tokens} (comments ignored); empty when it is not a supported form. */
  public static Optional<SqlExpr> parse(List<Token> tokens) {
    ExprParser p = new ExprParser(tokens);
    try {
      SqlExpr e = p.expr(0);
      return p.pos == p.tokens.size() ? Optional.of(e) : Optional.empty();
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private SqlExpr expr(int minPrec) {
    SqlExpr left = prefix();
    while (pos < tokens.size()) {
      Token t = peek();
      int prec = infixPrecedence(t);
      if (prec < 0 || prec < minPrec) {
        break;
      }
      left = infix(left, prec);
    }
    return left;
  }

  private int infixPrecedence(Token t) {
    if (t.isWord("or")) {
      return OR;
    } else if (t.isWord("and")) {
      return AND;
    } else if (t.isWord("is") || t.isWord("isnull") || t.isWord("notnull")) {
      return IS;
    } else if (t.isWord("in") || t.isWord("like") || t.isWord("ilike") || t.isWord("between")
        || (t.isWord("not") && pos + 1 < tokens.size() && isInLikeBetween(tokens.get(pos + 1)))) {
      return IN;
    } else if (t.is(TokenKind.CAST)) {
      return CAST;
    } else if (t.is(TokenKind.OPERATOR)) {
      return operatorPrecedence(t.text());
    } else if (t.is(TokenKind.LBRACKET) || t.isWord("collate") || t.isWord("at")) {
      throw new Unsupported();
    }
    return -1;
  }

  private static boolean isInLikeBetween(Token t) {
    return t.isWord("in") || t.isWord("like") || t.isWord("ilike") || t.isWord("between");
  }

  private static int operatorPrecedence(String op) {
    if (COMPARISONS.contains(op)) {
      return CMP;
    } else if (op.equals("+") || op.equals("-")) {
      return ADD;
    } else if (op.equals("*") || op.equals("/") || op.equals("%")) {
      return MUL;
    } else if (op.equals("^")) {
      return EXP;
    }
    return OP;
  }

  private SqlExpr infix(SqlExpr left, int prec) {
    Token t = next();
    if (prec == OR || prec == AND) {
      BoolKind kind = prec == OR ? BoolKind.OR : BoolKind.AND;
      SqlExpr right = expr(prec + 1);
      List<SqlExpr> args = new ArrayList<>();
      flatten(left, kind, args);
      args.add(right);
      return new Bool(kind, args);
    } else if (prec == IS) {
      return isTest(left, t);
    } else if (prec == IN) {
      return inLikeBetween(left, t);
    } else if (prec == CAST) {
      return new TypeCast(left, typeName());
    }
    String op = t.text().equals("!=") ? "<>" : t.text();
    if (prec == CMP && pos < tokens.size() && isQuantifier(peek())) {
      boolean all = next().isWord("all");
      expect(TokenKind.LPAREN);
      SqlExpr right = expr(0);
      expect(TokenKind.RPAREN);
      return new AnyAll(op, all, left, right);
    }
    return new Operator(op, Optional.of(left), expr(prec + 1));
  }

  private boolean isQuantifier(Token t) {
    return (t.isWord("any") || t.isWord("all") || t.isWord("some")) && pos + 1 < tokens.size()
        && tokens.get(pos + 1).is(TokenKind.LPAREN);
  }

  private static void flatten(SqlExpr e, BoolKind kind, List<SqlExpr> out) {
    if (e instanceof Bool b && b.kind() == kind) {
      out.addAll(b.args());
    } else {
      out.add(e);
    }
  }

  private SqlExpr isTest(SqlExpr left, Token t) {
    if (t.isWord("isnull")) {
      return new NullTest(left, false);
    } else if (t.isWord("notnull")) {
      return new NullTest(left, true);
    }
    boolean not = acceptWord("not");
    if (acceptWord("null")) {
      return new NullTest(left, not);
    }
    throw new Unsupported();
  }

  private SqlExpr inLikeBetween(SqlExpr left, Token t) {
    boolean not = t.isWord("not");
    Token kw = not ? next() : t;
    if (kw.isWord("in")) {
      expect(TokenKind.LPAREN);
      List<SqlExpr> items = list(TokenKind.RPAREN);
      return new InList(left, items, not);
    } else if (kw.isWord("between")) {
      SqlExpr low = expr(OP);
      if (!acceptWord("and")) {
        throw new Unsupported();
      }
      SqlExpr high = expr(OP);
      SqlExpr both = new Bool(BoolKind.AND, List.of(new Operator(">=", Optional.of(left), low),
          new Operator("<=", Optional.of(left), high)));
      return not ? new Bool(BoolKind.NOT, List.of(both)) : both;
    }
    String op = (not ? "!" : "") + (kw.isWord("like") ? "~~" : "~~*");
    return new Operator(op, Optional.of(left), expr(IN + 1));
  }

  private SqlExpr prefix() {
    Token t = next();
    if (t.isWord("not")) {
      return new Bool(BoolKind.NOT, List.of(expr(NOT)));
    } else if (t.is(TokenKind.OPERATOR) && (t.text().equals("-") || t.text().equals("+"))) {
      return new Operator(t.text(), Optional.empty(), expr(UNARY));
    } else if (t.is(TokenKind.LPAREN)) {
      SqlExpr inner = expr(0);
      expect(TokenKind.RPAREN);
      return inner;
    } else if (t.is(TokenKind.STRING)) {
      return new SqlExpr.Literal(SqlExpr.LiteralKind.STRING, t);
    } else if (t.is(TokenKind.NUMBER)) {
      return new SqlExpr.Literal(SqlExpr.LiteralKind.NUMBER, t);
    } else if (t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT)) {
      return word(t);
    }
    throw new Unsupported();
  }

  private SqlExpr word(Token t) {
    String w = t.is(TokenKind.WORD) ? t.text().toLowerCase(Locale.ROOT) : "";
    if (w.equals("true") || w.equals("false") || w.equals("null")) {
      SqlExpr.LiteralKind k = w.equals("true") ? SqlExpr.LiteralKind.TRUE
          : w.equals("false") ? SqlExpr.LiteralKind.FALSE : SqlExpr.LiteralKind.NULL;
      return new SqlExpr.Literal(k, t);
    } else if (w.equals("cast") && at(TokenKind.LPAREN)) {
      next();
      SqlExpr arg = expr(0);
      if (!acceptWord("as")) {
        throw new Unsupported();
      }
      List<Token> type = typeName();
      expect(TokenKind.RPAREN);
      return new TypeCast(arg, type);
    } else if (w.equals("case")) {
      return caseExpr();
    } else if (w.equals("array") && at(TokenKind.LBRACKET)) {
      next();
      return new SqlExpr.ArrayOf(list(TokenKind.RBRACKET));
    } else if (w.equals("extract") && at(TokenKind.LPAREN)) {
      next();
      Token field = next();
      String f = field.is(TokenKind.STRING) ? field.text().substring(1, field.text().length() - 1)
          : field.text().toLowerCase(Locale.ROOT);
      if (!acceptWord("from")) {
        throw new Unsupported();
      }
      SqlExpr source = expr(0);
      expect(TokenKind.RPAREN);
      return new SqlExpr.Extract(f, source);
    } else if (SQL_VALUES.contains(w) && !at(TokenKind.LPAREN)) {
      return new SqlExpr.SqlValue(w);
    } else if (TYPED_LITERAL_TYPES.contains(w) && at(TokenKind.STRING)) {
      return new TypeCast(new SqlExpr.Literal(SqlExpr.LiteralKind.STRING, next()), List.of(t));
    }
    List<Token> name = new ArrayList<>(List.of(t));
    while (at(TokenKind.DOT)) {
      next();
      Token part = next();
      if (!part.is(TokenKind.WORD) && !part.is(TokenKind.QUOTED_IDENT)) {
        throw new Unsupported();
      }
      name.add(part);
    }
    if (at(TokenKind.LPAREN)) {
      return call(name);
    }
    return new SqlExpr.ColumnRef(name);
  }

  private SqlExpr call(List<Token> name) {
    next();
    if (pos < tokens.size() && peek().isOperator("*")) {
      next();
      expect(TokenKind.RPAREN);
      return new SqlExpr.Call(name, List.of(), true);
    }
    if (peekWord("distinct") || peekWord("variadic")) {
      throw new Unsupported();
    }
    List<SqlExpr> args = list(TokenKind.RPAREN);
    if (pos < tokens.size() && (peekWord("over") || peekWord("filter") || peekWord("within"))) {
      throw new Unsupported();
    }
    return new SqlExpr.Call(name, args, false);
  }

  private SqlExpr caseExpr() {
    Optional<SqlExpr> arg = peekWord("when") ? Optional.empty() : Optional.of(expr(0));
    List<SqlExpr.When> whens = new ArrayList<>();
    while (acceptWord("when")) {
      SqlExpr cond = expr(0);
      if (!acceptWord("then")) {
        throw new Unsupported();
      }
      whens.add(new SqlExpr.When(cond, expr(0)));
    }
    Optional<SqlExpr> otherwise = acceptWord("else") ? Optional.of(expr(0)) : Optional.empty();
    if (whens.isEmpty() || !acceptWord("end")) {
      throw new Unsupported();
    }
    return new SqlExpr.Case(arg, whens, otherwise);
  }

  /** Comma-separated expressions up to and including {@code close}; the opening bracket is consumed. */
  private List<SqlExpr> list(TokenKind close) {
    List<SqlExpr> items = new ArrayList<>();
    if (at(close)) {
      next();
      return items;
    }
    do {
      items.add(expr(0));
    } while (accept(TokenKind.COMMA));
    expect(close);
    return items;
  }

  /** The tokens of a type name: words (multi-word names too), dots, a typmod list and array brackets. */
  private List<Token> typeName() {
    int start = pos;
    Token first = next();
    if (!first.is(TokenKind.WORD) && !first.is(TokenKind.QUOTED_IDENT)) {
      throw new Unsupported();
    }
    while (pos < tokens.size()) {
      Token t = peek();
      if (t.is(TokenKind.DOT) || (tokens.get(pos - 1).is(TokenKind.DOT) && !t.is(TokenKind.DOT))
          || (t.is(TokenKind.WORD) && TYPE_CONTINUATIONS.contains(t.text().toLowerCase(Locale.ROOT)))) {
        next();
      } else {
        break;
      }
    }
    if (at(TokenKind.LPAREN)) {
      while (!next().is(TokenKind.RPAREN)) {
        // The typmod list: numbers and commas.
      }
    }
    while (at(TokenKind.LBRACKET)) {
      next();
      while (!next().is(TokenKind.RBRACKET)) {
        // An optional array bound.
      }
    }
    return tokens.subList(start, pos);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    if (pos >= tokens.size()) {
      throw new Unsupported();
    }
    return tokens.get(pos++);
  }

  private boolean at(TokenKind k) {
    return pos < tokens.size() && tokens.get(pos).is(k);
  }

  private boolean peekWord(String w) {
    return pos < tokens.size() && tokens.get(pos).isWord(w);
  }

  private boolean accept(TokenKind k) {
    if (at(k)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean acceptWord(String w) {
    if (peekWord(w)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(TokenKind k) {
    if (!accept(k)) {
      throw new Unsupported();
    }
  }

  /** Thrown inside the parser only, for input outside the supported forms; {@link #parse} catches it. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}
