package dev.strata.model.effect;

import dev.strata.model.catalog.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slice of PostgreSQL's type system expression printing needs: type categories, the numeric
 * promotion ladder, the output form of constants coerced from an untyped literal, and the
 * signatures of the built-in functions migrations call in expressions.
 */
final class PgTypes {
  static final SqlType TEXT = SqlType.builtin("text");
  static final SqlType BOOL = SqlType.builtin("bool");
  static final SqlType JSONB = SqlType.builtin("jsonb");
  static final SqlType TEXT_ARRAY = new SqlType(TEXT.name(), List.of(), 1);
  private static final List<String> NUMERIC_LADDER = List.of("int2", "int4", "int8", "numeric", "float4", "float8");
  private static final Set<String> STRINGS = Set.of("text", "varchar", "bpchar", "name");

  /** Built-in functions: parameter types (for one arity) and result type, as pg_type names. */
  private static final Map<String, Signature> BUILTINS = Map.ofEntries(
      Map.entry("md5/1", sig("text", "text")), Map.entry("lower/1", sig("text", "text")),
      Map.entry("upper/1", sig("text", "text")), Map.entry("length/1", sig("int4", "text")),
      Map.entry("btrim/1", sig("text", "text")), Map.entry("to_tsvector/1", sig("tsvector", "text")),
      Map.entry("to_tsvector/2", sig("tsvector", "regconfig", "text")), Map.entry("now/0", sig("timestamptz")),
      Map.entry("clock_timestamp/0", sig("timestamptz")), Map.entry("statement_timestamp/0", sig("timestamptz")),
      Map.entry("transaction_timestamp/0", sig("timestamptz")), Map.entry("random/0", sig("float8")),
      Map.entry("gen_random_uuid/0", sig("uuid")), Map.entry("uuid_generate_v4/0", sig("uuid")),
      Map.entry("to_jsonb/1", sig("jsonb")), Map.entry("jsonb_typeof/1", sig("text", "jsonb")),
      Map.entry("char_length/1", sig("int4", "text")), Map.entry("array_length/2", sig("int4", "", "int4")),
      Map.entry("cardinality/1", sig("int4", "")), Map.entry("date_part/2", sig("float8", "text", "")));

  /** A built-in's signature; an empty parameter type is polymorphic and left alone. */
  record Signature(SqlType returns, List<String> params) {}

  private PgTypes() {}

  private static Signature sig(String returns, String... params) {
    return new Signature(SqlType.builtin(returns), List.of(params));
  }

  static Optional<Signature> builtin(String name, int arity) {
    return Optional.ofNullable(BUILTINS.get(name + "/" + arity));
  }

  static boolean isUnknownLiteral(PgNode n) {
    return n instanceof PgNode.Const c && RuleUtils.sameType(c.type(), PgNode.UNKNOWN);
  }

  static boolean known(SqlType t) {
    return !RuleUtils.sameType(t, PgNode.UNKNOWN) && !RuleUtils.sameType(t, PgNode.UNRESOLVED);
  }

  static boolean is(SqlType t, String typname) {
    return t.isBuiltin() && t.arrayDims() == 0 && t.typname().equals(typname);
  }

  static boolean isString(SqlType t) {
    return t.isBuiltin() && t.arrayDims() == 0 && STRINGS.contains(t.typname());
  }

  static boolean isJson(SqlType t) {
    return is(t, "jsonb") || is(t, "json");
  }

  /** Position on int2 < int4 < int8 < numeric < float4 < float8, or -1 for other types. */
  static int numericRank(SqlType t) {
    return t.isBuiltin() && t.arrayDims() == 0 ? NUMERIC_LADDER.indexOf(t.typname()) : -1;
  }

  static boolean isDateTime(SqlType t) {
    return is(t, "timestamp") || is(t, "timestamptz") || is(t, "date");
  }

  /** The output text of an untyped literal {@code value} read as {@code type}, as far as it is known. */
  static String normalise(String value, SqlType type) {
    if (type.arrayDims() > 0 && value.startsWith("{")) {
      return ArrayLiterals.normalise(value);
    }
    if (is(type, "bool")) {
      return Set.of("t", "true", "y", "yes", "on", "1").contains(value.trim().toLowerCase(java.util.Locale.ROOT))
          ? "t" : "f";
    }
    if (is(type, "timestamp") && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return value + " 00:00:00";
    }
    if (numericRank(type) >= 0 && numericRank(type) <= 2) {
      return value.trim();
    }
    return value;
  }
}
