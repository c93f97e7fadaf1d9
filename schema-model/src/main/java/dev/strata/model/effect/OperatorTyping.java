package dev.strata.model.effect;

import dev.strata.model.catalog.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Operator resolution for printing: which type an untyped literal operand takes and which implicit
 * casts PostgreSQL inserts, for the operators migrations use in expressions: comparisons, LIKE,
 * arithmetic, {@code ||}, and jsonb's {@code -> ->> #> #>> @> ?}.
 */
final class OperatorTyping {
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
  private static final Set<String> PATTERN = Set.of("~~", "~~*", "!~~", "!~~*", "~", "~*", "!~", "!~*");
  private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "^");

  private OperatorTyping() {}

  static PgNode binary(ExprTyper ty, String op, PgNode l, PgNode r) {
    if (op.equals("->") || op.equals("->>") || op.equals("#>") || op.equals("#>>") || op.equals("#-")) {
      return json(ty, op, l, r);
    } else if (op.equals("||")) {
      return concat(ty, l, r);
    } else if (COMPARISONS.contains(op) || PATTERN.contains(op)) {
      PgNode[] both = PATTERN.contains(op) ? pattern(ty, l, r) : compare(ty, l, r);
      return new PgNode.Op(op, Optional.of(both[0]), both[1], PgTypes.BOOL);
    } else if (ARITHMETIC.contains(op)) {
      return arithmetic(ty, op, l, r);
    } else if ((op.equals("@>") || op.equals("<@") || op.equals("?") || op.equals("?|") || op.equals("?&"))
        && (PgTypes.isJson(l.type()) || PgTypes.isJson(r.type()))) {
      SqlType right = op.startsWith("?") ? (op.equals("?") ? PgTypes.TEXT : PgTypes.TEXT_ARRAY) : PgTypes.JSONB;
      return new PgNode.Op(op, Optional.of(ty.coerce(l, PgTypes.JSONB)), ty.coerce(r, right), PgTypes.BOOL);
    }
    PgNode[] both = sameType(ty, l, r);
    return new PgNode.Op(op, Optional.of(both[0]), both[1], PgNode.UNRESOLVED);
  }

  private static PgNode json(ExprTyper ty, String op, PgNode l, PgNode r) {
    SqlType jt = PgTypes.isJson(l.type()) ? l.type() : PgTypes.JSONB;
    PgNode left = ty.coerce(l, jt);
    boolean path = op.startsWith("#");
    PgNode right = ty.coerce(r, path ? PgTypes.TEXT_ARRAY : PgTypes.TEXT);
    if (!path && PgTypes.numericRank(r.type()) >= 0) {
      right = r;
    }
    SqlType result = op.endsWith(">>") ? PgTypes.TEXT : jt;
    return new PgNode.Op(op, Optional.of(left), right, result);
  }

  private static PgNode concat(ExprTyper ty, PgNode l, PgNode r) {
    if (PgTypes.isJson(l.type()) || PgTypes.isJson(r.type())) {
      return new PgNode.Op("||", Optional.of(ty.coerce(l, PgTypes.JSONB)), ty.coerce(r, PgTypes.JSONB),
          PgTypes.JSONB);
    }
    if (l.type().isArray() || r.type().isArray()) {
      SqlType at = l.type().isArray() ? l.type() : r.type();
      PgNode left = PgTypes.isUnknownLiteral(l) ? ty.coerce(l, at) : l;
      PgNode right = PgTypes.isUnknownLiteral(r) ? ty.coerce(r, at) : r;
      return new PgNode.Op("||", Optional.of(left), right, at);
    }
    return new PgNode.Op("||", Optional.of(asText(ty, l)), asText(ty, r), PgTypes.TEXT);
  }

  /** An operand of text concatenation: literals and string types become text, others stay (anynonarray). */
  private static PgNode asText(ExprTyper ty, PgNode n) {
    return PgTypes.isUnknownLiteral(n) || PgTypes.isString(n.type()) ? ty.coerce(n, PgTypes.TEXT) : n;
  }

  /** Comparison operands: a literal takes the other side's type; varchar compares as text. */
  private static PgNode[] compare(ExprTyper ty, PgNode l, PgNode r) {
    SqlType lt = l.type();
    SqlType rt = r.type();
    boolean lu = PgTypes.isUnknownLiteral(l);
    boolean ru = PgTypes.isUnknownLiteral(r);
    if (lu || ru) {
      SqlType other = lu ? rt : lt;
      SqlType target = !PgTypes.known(other) || PgTypes.is(other, "varchar") || PgTypes.is(other, "name")
          ? PgTypes.TEXT : other.withoutModifiers();
      return new PgNode[] {ty.coerce(l, target), ty.coerce(r, target)};
    }
    if (PgTypes.isString(lt) && PgTypes.isString(rt) && !RuleUtils.sameType(lt, rt)) {
      return new PgNode[] {ty.coerce(l, PgTypes.TEXT), ty.coerce(r, PgTypes.TEXT)};
    }
    if (PgTypes.is(lt, "varchar") && PgTypes.is(rt, "varchar")) {
      return new PgNode[] {ty.coerce(l, PgTypes.TEXT), ty.coerce(r, PgTypes.TEXT)};
    }
    return promoteNumbers(ty, l, r);
  }

  /** LIKE and regular expressions work on text (bpchar has its own LIKE). */
  private static PgNode[] pattern(ExprTyper ty, PgNode l, PgNode r) {
    PgNode left = PgTypes.is(l.type(), "bpchar") ? l : ty.coerce(l, PgTypes.TEXT);
    return new PgNode[] {left, ty.coerce(r, PgTypes.TEXT)};
  }

  private static PgNode arithmetic(ExprTyper ty, String op, PgNode l, PgNode r) {
    boolean lu = PgTypes.isUnknownLiteral(l);
    boolean ru = PgTypes.isUnknownLiteral(r);
    if (lu != ru) {
      SqlType other = lu ? r.type() : l.type();
      SqlType target = PgTypes.isDateTime(other) && (op.equals("+") || op.equals("-"))
          ? SqlType.builtin("interval") : other.withoutModifiers();
      l = lu ? ty.coerce(l, target) : l;
      r = ru ? ty.coerce(r, target) : r;
    }
    PgNode[] both = promoteNumbers(ty, l, r);
    SqlType result = resultType(op, both[0].type(), both[1].type());
    return new PgNode.Op(op, Optional.of(both[0]), both[1], result);
  }

  private static SqlType resultType(String op, SqlType l, SqlType r) {
    if (PgTypes.isDateTime(l) && PgTypes.isDateTime(r) && op.equals("-")) {
      return PgTypes.is(l, "date") ? SqlType.builtin("int4") : SqlType.builtin("interval");
    }
    if (PgTypes.numericRank(l) >= 0 && PgTypes.numericRank(r) >= 0) {
      return PgTypes.numericRank(l) >= PgTypes.numericRank(r) ? l.withoutModifiers() : r.withoutModifiers();
    }
    return PgTypes.known(l) ? l.withoutModifiers() : r.withoutModifiers();
  }

  /**
   * Mixed numeric operands: the integer types have cross-type operators, so only a step to numeric
   * or floating point casts the narrower side.
   */
  private static PgNode[] promoteNumbers(ExprTyper ty, PgNode l, PgNode r) {
    int lr = PgTypes.numericRank(l.type());
    int rr = PgTypes.numericRank(r.type());
    if (lr < 0 || rr < 0 || lr == rr || (lr <= 2 && rr <= 2) || (lr >= 4 && rr >= 4)) {
      return new PgNode[] {l, r};
    }
    return lr < rr ? new PgNode[] {ty.coerce(l, r.type().withoutModifiers()), r}
        : new PgNode[] {l, ty.coerce(r, l.type().withoutModifiers())};
  }

  private static PgNode[] sameType(ExprTyper ty, PgNode l, PgNode r) {
    if (PgTypes.isUnknownLiteral(l) && PgTypes.known(r.type())) {
      return new PgNode[] {ty.coerce(l, r.type().withoutModifiers()), r};
    }
    if (PgTypes.isUnknownLiteral(r) && PgTypes.known(l.type())) {
      return new PgNode[] {l, ty.coerce(r, l.type().withoutModifiers())};
    }
    return new PgNode[] {l, r};
  }

  /** {@code x [NOT] IN (a, b)}: {@code x = ANY (ARRAY[a, b])} with the items in x's type. */
  static PgNode in(ExprTyper ty, PgNode arg, List<PgNode> items, boolean not) {
    SqlType common = PgTypes.known(arg.type()) ? arg.type().withoutModifiers() : ExprTyper.commonType(items);
    if (PgTypes.isUnknownLiteral(arg)) {
      arg = ty.coerce(arg, common);
    }
    List<PgNode> typed = items.stream().map(i -> ty.coerce(i, common)).toList();
    PgNode array = new PgNode.ArrayNode(typed, new SqlType(common.name(), List.of(), 1));
    if (PgTypes.is(common, "varchar")) {
      arg = ty.coerce(arg, PgTypes.TEXT);
      array = new PgNode.Cast(array, PgTypes.TEXT_ARRAY, true);
    }
    return new PgNode.ScalarArrayOp(not ? "<>" : "=", not, arg, array);
  }

  /** {@code x op ANY (array)}: an untyped array literal takes x's array type. */
  static PgNode anyAll(ExprTyper ty, String op, boolean all, PgNode left, PgNode right) {
    if (PgTypes.isUnknownLiteral(right) && PgTypes.known(left.type())) {
      right = ty.coerce(right, new SqlType(left.type().name(), List.of(), 1));
    }
    if (PgTypes.is(left.type(), "varchar") && right.type().isArray()
        && RuleUtils.sameType(right.type().elementType(), PgTypes.TEXT)) {
      left = ty.coerce(left, PgTypes.TEXT);
    }
    return new PgNode.ScalarArrayOp(op, all, left, right);
  }
}
