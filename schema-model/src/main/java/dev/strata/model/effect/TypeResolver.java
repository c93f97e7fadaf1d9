package dev.strata.model.effect;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.TypeName;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a written {@link TypeName} into a {@link SqlType}. Like PostgreSQL, {@code pg_catalog} is
 * searched before the search path; serial pseudo-types map to their integer types (the caller
 * adds the sequence and default).
 */
final class TypeResolver {
  static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("integer", "int4"), Map.entry("int", "int4"), Map.entry("bigint", "int8"),
      Map.entry("smallint", "int2"), Map.entry("boolean", "bool"), Map.entry("real", "float4"),
      Map.entry("float", "float8"), Map.entry("decimal", "numeric"), Map.entry("character varying", "varchar"),
      Map.entry("character", "bpchar"), Map.entry("serial4", "serial"),
      Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"), Map.entry("dec", "numeric"),
      Map.entry("timestamp without time zone", "timestamp"), Map.entry("timestamp with time zone", "timestamptz"),
      Map.entry("double precision", "float8"));
  // No alias for "char": the parser already maps char/character to bpchar, so a builtin named
  // "char" here is PostgreSQL's single-byte "char" type, written quoted.
  static final Map<String, String> SERIALS = Map.of("serial", "int4", "bigserial", "int8", "smallserial", "int2");
  static final Set<String> BUILTINS = Set.of(
      "int2", "int4", "int8", "float4", "float8", "numeric", "bool", "text", "varchar", "bpchar", "name", "uuid",
      "json", "jsonb", "bytea", "date", "time", "timetz", "timestamp", "timestamptz", "interval", "inet", "cidr",
      "macaddr", "macaddr8", "money", "bit", "varbit", "xml", "tsvector", "tsquery", "oid", "regclass", "regtype",
      "regproc", "point", "line", "lseg", "box", "path", "polygon", "circle", "int4range", "int8range", "numrange",
      "tsrange", "tstzrange", "daterange", "int4multirange", "int8multirange", "tstzmultirange", "record", "void",
      "trigger", "event_trigger", "anyelement", "anyarray", "cstring", "internal", "char", "xid", "txid_snapshot",
      "pg_lsn", "jsonpath", "regconfig", "regnamespace", "regrole", "smgr", "aclitem", "tid", "cid");

  private TypeResolver() {}

  static boolean isSerial(TypeName t) {
    return t.arrayDims() == 0 && t.name().parts().size() == 1 && SERIALS.containsKey(canonical(t.baseName()));
  }

  static String canonical(String n) {
    return ALIASES.getOrDefault(n, n);
  }

  /** The type {@code t} denotes, or empty after reporting 42704. */
  static Optional<SqlType> resolve(Tx tx, TypeName t) {
    Optional<SqlType> r = lookup(tx, t);
    if (r.isEmpty()) {
      Ident last = t.name().last();
      tx.fail(CatalogProblems.unknownType(tx.ctx, t.name().range(), t.name().toString()));
      return Optional.empty();
    }
    return r;
  }

  static Optional<SqlType> lookup(Tx tx, TypeName t) {
    String base = canonical(t.baseName());
    if (SERIALS.containsKey(base) && t.name().parts().size() == 1) {
      base = SERIALS.get(base);
    }
    Optional<Ident> schema = t.name().schema();
    boolean pgCatalog = schema.map(s -> s.name().equals(QName.PG_CATALOG)).orElse(false);
    if ((t.builtin() && schema.isEmpty()) || pgCatalog || (schema.isEmpty() && BUILTINS.contains(base))) {
      return Optional.of(new SqlType(new QName(QName.PG_CATALOG, Name.of(base)), t.modifiers(), t.arrayDims()));
    }
    return tx.cat.resolveType(schema.map(Ident::name), t.name().name())
        .map(q -> new SqlType(q, t.modifiers(), t.arrayDims()));
  }
}
