package dev.strata.model.effect;

import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.effect.PgNode.ArrayNode;
import dev.strata.model.effect.PgNode.Bool;
import dev.strata.model.effect.PgNode.Case;
import dev.strata.model.effect.PgNode.Cast;
import dev.strata.model.effect.PgNode.Const;
import dev.strata.model.effect.PgNode.Func;
import dev.strata.model.effect.PgNode.NullTest;
import dev.strata.model.effect.PgNode.Op;
import dev.strata.model.effect.PgNode.ScalarArrayOp;
import dev.strata.model.effect.PgNode.Special;
import dev.strata.model.effect.PgNode.SqlValue;
import dev.strata.model.effect.PgNode.Var;
import java.util.List;
import java.util.function.Predicate;

/**
 * Prints a {@link PgNode} tree the way PostgreSQL 15's ruleutils.c ({@code get_rule_expr}) does.
 * Without {@code pretty} (pg_get_expr of defaults and generated columns, PRETTY_INDENT only) every
 * operator, boolean and null test is parenthesised and cast arguments are wrapped; with
 * {@code pretty} (PRETTY_PAREN|PRETTY_INDENT, as index keys and predicates are read) parentheses
 * appear only where {@link #isSimple} says precedence needs them. Every catalog reader we match
 * uses PRETTY_INDENT, so CASE is always laid out on lines.
 */
final class RuleUtils {
  private static final int INDENT = 4;
  private final boolean pretty;
  private final Predicate<QName> visible;
  private final StringBuilder out = new StringBuilder();
  private int indent;

  private RuleUtils(boolean pretty, Predicate<QName> visible) {
    this.pretty = pretty;
    this.visible = visible;
  }

  /** The text of {@code node} at top level, where an implicit coercion is not shown. */
  static String print(PgNode node, boolean pretty, Predicate<QName> visible) {
    RuleUtils r = new RuleUtils(pretty, visible);
    r.expr(node, false);
    return r.out.toString();
  }

  private void expr(PgNode n, boolean showImplicit) {
    if (n instanceof Var v) {
      out.append(v.sql());
    } else if (n instanceof Const c) {
      constant(c, true);
    } else if (n instanceof Cast c) {
      cast(c, showImplicit);
    } else if (n instanceof Op o) {
      open();
      if (o.left().isPresent()) {
        paren(o.left().get(), true, o);
        out.append(' ').append(o.op()).append(' ');
      } else {
        out.append(o.op()).append(' ');
      }
      paren(o.right(), true, o);
      close();
    } else if (n instanceof Func f) {
      func(f);
    } else if (n instanceof Special s) {
      out.append(s.keyword()).append('(');
      list(s.args());
      out.append(')');
    } else if (n instanceof Bool b) {
      bool(b);
    } else if (n instanceof NullTest t) {
      open();
      paren(t.arg(), true, t);
      out.append(t.not() ? " IS NOT NULL" : " IS NULL");
      close();
    } else if (n instanceof ScalarArrayOp s) {
      open();
      paren(s.left(), true, s);
      out.append(' ').append(s.op()).append(s.all() ? " ALL (" : " ANY (");
      paren(s.right(), true, s);
      out.append(')');
      close();
    } else if (n instanceof ArrayNode a) {
      out.append("ARRAY[");
      list(a.items());
      out.append(']');
      if (a.items().isEmpty()) {
        out.append("::").append(a.type().formatWithoutTypmod(visible));
      }
    } else if (n instanceof Case c) {
      caseExpr(c);
    } else if (n instanceof SqlValue v) {
      out.append(v.keyword().toUpperCase(java.util.Locale.ROOT));
    }
  }

  private void open() {
    if (!pretty) {
      out.append('(');
    }
  }

  private void close() {
    if (!pretty) {
      out.append(')');
    }
  }

  private void list(List<PgNode> items) {
    for (int i = 0; i < items.size(); i++) {
      out.append(i > 0 ? ", " : "");
      expr(items.get(i), true);
    }
  }

  /** get_rule_expr_paren: parentheses only in pretty mode, and only around a node that needs them. */
  private void paren(PgNode n, boolean showImplicit, PgNode parent) {
    boolean need = pretty && !isSimple(n, parent);
    out.append(need ? "(" : "");
    expr(n, showImplicit);
    out.append(need ? ")" : "");
  }

  /** get_const_expr with showtype 0 ({@code label}) or -1. */
  private void constant(Const c, boolean label) {
    String t = c.type().typname();
    boolean builtin = c.type().isBuiltin() && c.type().arrayDims() == 0;
    if (c.value().isEmpty()) {
      out.append("NULL");
      if (label) {
        out.append("::").append(typmodFree(c.type()));
      }
      return;
    }
    String v = c.value().get();
    boolean needLabel = true;
    if (builtin && t.equals("int4")) {
      needLabel = v.startsWith("-");
      out.append(needLabel ? DefaultDeparser.quote(v) : v);
    } else if (builtin && t.equals("numeric")) {
      boolean bare = !v.isEmpty() && Character.isDigit(v.charAt(0)) && v.matches(".*[eE.].*");
      needLabel = !bare || !c.type().modifiers().isEmpty();
      out.append(bare ? v : DefaultDeparser.quote(v));
    } else if (builtin && t.equals("bool")) {
      needLabel = false;
      out.append(v.equals("t") || v.equals("true") ? "true" : "false");
    } else {
      needLabel = !(builtin && t.equals("unknown"));
      out.append(DefaultDeparser.quote(v));
    }
    if (label && needLabel) {
      out.append("::").append(typmodFree(c.type()));
    }
  }

  /** get_coercion_expr, or just the argument for an implicit coercion nobody asked to see. */
  private void cast(Cast c, boolean showImplicit) {
    if (c.implicit() && !showImplicit) {
      paren(c.arg(), false, c);
      return;
    }
    if (c.arg() instanceof Const k && sameType(k.type(), c.type())) {
      constant(k, false);
    } else {
      open();
      paren(c.arg(), false, c);
      close();
    }
    out.append("::").append(c.implicit() ? typmodFree(c.type()) : c.type().format(visible));
  }

  /** format_type with typmod -1, as constants and implicit coercions carry: {@code bpchar}, not {@code character(1)}. */
  private String typmodFree(SqlType t) {
    return t.modifiers().isEmpty() ? t.formatWithoutTypmod(visible) : t.format(visible);
  }

  private void func(Func f) {
    if (f.extractField().isPresent()) {
      out.append("EXTRACT(").append(f.extractField().get()).append(" FROM ");
      expr(f.args().get(0), false);
      out.append(')');
      return;
    }
    out.append(f.name()).append('(');
    list(f.args());
    out.append(')');
  }

  private void bool(Bool b) {
    open();
    if (b.kind().equals("NOT")) {
      out.append("NOT ");
      paren(b.args().get(0), false, b);
    } else {
      for (int i = 0; i < b.args().size(); i++) {
        out.append(i > 0 ? " " + b.kind() + " " : "");
        paren(b.args().get(i), false, b);
      }
    }
    close();
  }

  private void caseExpr(Case c) {
    keyword("CASE", 0, INDENT);
    if (c.arg().isPresent()) {
      out.append(' ');
      expr(c.arg().get(), true);
    }
    for (int i = 0; i < c.whens().size(); i++) {
      keyword("WHEN ", 0, 0);
      expr(c.whens().get(i), false);
      out.append(" THEN ");
      expr(c.results().get(i), true);
    }
    keyword("ELSE ", 0, 0);
    expr(c.otherwise(), true);
    keyword("END", -INDENT, 0);
  }

  /** appendContextKeyword with PRETTY_INDENT: the keyword starts a new, indented line. */
  private void keyword(String word, int before, int after) {
    indent += before;
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
    out.append('\n').append(" ".repeat(Math.max(indent, 0)));
    out.append(word);
    indent = Math.max(0, indent + after);
  }

  static boolean sameType(SqlType a, SqlType b) {
    return a.name().equals(b.name()) && a.arrayDims() == b.arrayDims();
  }

  /** isSimpleNode: whether {@code n} under {@code parent} prints unambiguously without parentheses. */
  static boolean isSimple(PgNode n, PgNode parent) {
    if (n instanceof Var || n instanceof Const || n instanceof Func || n instanceof Special
        || n instanceof ArrayNode || n instanceof SqlValue || n instanceof Case) {
      return true;
    } else if (n instanceof Cast c) {
      return isSimple(c.arg(), c);
    } else if (n instanceof Op o && parent instanceof Op p) {
      return arithmeticSimple(o, p);
    } else if (n instanceof Op || n instanceof NullTest) {
      return underOwnSeparators(parent);
    } else if (n instanceof Bool b) {
      if (parent instanceof Bool pb) {
        String k = b.kind();
        String pk = pb.kind();
        return k.equals("OR") ? pk.equals("OR") : !pk.equals("NOT");
      }
      return !(parent instanceof Bool) && underOwnSeparators(parent) || parent instanceof Func f && isCall(f);
    }
    return false;
  }

  private static boolean underOwnSeparators(PgNode parent) {
    if (parent instanceof Func f) {
      return isCall(f);
    }
    return parent instanceof Bool || parent instanceof ArrayNode || parent instanceof Special
        || parent instanceof Case;
  }

  private static boolean isCall(Func f) {
    return f.extractField().isEmpty();
  }

  private static boolean arithmeticSimple(Op o, Op parent) {
    if (o.left().isEmpty() || parent.left().isEmpty()) {
      return false;
    }
    boolean lo = o.op().equals("+") || o.op().equals("-");
    boolean hi = o.op().equals("*") || o.op().equals("/") || o.op().equals("%");
    boolean plo = parent.op().equals("+") || parent.op().equals("-");
    boolean phi = parent.op().equals("*") || parent.op().equals("/") || parent.op().equals("%");
    if (!(lo || hi) || !(plo || phi)) {
      return false;
    }
    if (hi && plo) {
      return true;
    }
    if (lo && phi) {
      return false;
    }
    return parent.left().get() == o;
  }
}
