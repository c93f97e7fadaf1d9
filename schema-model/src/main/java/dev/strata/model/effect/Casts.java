package dev.strata.model.effect;

import dev.strata.model.catalog.SqlType;
import java.util.Set;

/**
 * Which type changes ALTER COLUMN TYPE accepts without USING: PostgreSQL needs an assignment or
 * implicit cast (pg_cast contexts 'a'/'i', or I/O conversion to a string type).
 */
final class Casts {
  /** {@code source>target} pairs with castcontext 'a' or 'i' in PostgreSQL 15's pg_cast. */
  private static final Set<String> ASSIGNMENT = Set.of(
      "bpchar>varchar", "bpchar>text", "date>timestamp", "date>timestamptz", "float8>int2", "float8>int4",
      "float8>int8", "float8>numeric", "float4>float8", "float8>float4", "int2>float8", "int2>int4", "int2>int8",
      "int2>numeric", "int4>float8", "int4>int2", "int4>int8", "int4>numeric", "int8>float8", "int8>int2",
      "int8>int4", "int8>numeric", "json>jsonb", "jsonb>json", "numeric>float8", "numeric>int2", "numeric>int4",
      "numeric>int8", "text>bpchar", "text>varchar", "timestamp>date", "timestamp>timestamptz",
      "timestamptz>date", "timestamptz>timestamp", "varchar>bpchar", "varchar>text", "int2>float4",
      "int4>float4", "int8>float4", "numeric>float4", "float4>numeric", "time>timetz", "timetz>time");
  private static final Set<String> STRINGS = Set.of("text", "varchar", "bpchar", "name");

  private Casts() {}

  static boolean assignable(SqlType from, SqlType to) {
    if (to.isBuiltin() && to.arrayDims() == 0 && STRINGS.contains(to.typname())) {
      return true;
    }
    if (from.arrayDims() != to.arrayDims()) {
      return false;
    }
    if (from.name().equals(to.name())) {
      return true;
    }
    return from.isBuiltin() && to.isBuiltin() && ASSIGNMENT.contains(from.typname() + ">" + to.typname());
  }
}
