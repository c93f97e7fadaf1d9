package dev.strata.model.prisma;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prisma's PostgreSQL type mapping and default rendering, spelled as {@code prisma migrate diff}
 * prints them ({@code TEXT}, {@code TIMESTAMP(3)}, {@code DECIMAL(65,30)}, {@code SERIAL}).
 */
final class PrismaTypes {
  private PrismaTypes() {}

  private static final Map<String, String> SCALARS = Map.of(
      "String", "TEXT", "Int", "INTEGER", "BigInt", "BIGINT", "Float", "DOUBLE PRECISION",
      "Decimal", "DECIMAL(65,30)", "Boolean", "BOOLEAN", "DateTime", "TIMESTAMP(3)", "Json", "JSONB",
      "Bytes", "BYTEA");

  private static final Map<String, String> NATIVE = Map.ofEntries(
      Map.entry("VarChar", "VARCHAR"), Map.entry("Char", "CHAR"), Map.entry("Text", "TEXT"),
      Map.entry("Uuid", "UUID"), Map.entry("Timestamptz", "TIMESTAMPTZ"), Map.entry("Timestamp", "TIMESTAMP"),
      Map.entry("Date", "DATE"), Map.entry("Time", "TIME"), Map.entry("Timetz", "TIMETZ"),
      Map.entry("SmallInt", "SMALLINT"), Map.entry("Integer", "INTEGER"), Map.entry("BigInt", "BIGINT"),
      Map.entry("Real", "REAL"), Map.entry("DoublePrecision", "DOUBLE PRECISION"), Map.entry("Decimal", "DECIMAL"),
      Map.entry("Money", "MONEY"), Map.entry("Inet", "INET"), Map.entry("Citext", "CITEXT"),
      Map.entry("Bit", "BIT"), Map.entry("VarBit", "VARBIT"), Map.entry("Xml", "XML"), Map.entry("Json", "JSON"),
      Map.entry("JsonB", "JSONB"), Map.entry("ByteA", "BYTEA"), Map.entry("Oid", "OID"),
      Map.entry("Boolean", "BOOLEAN"));

  static boolean isScalar(String type) {
    return SCALARS.containsKey(type) || type.equals("Unsupported");
  }

  /**
   * The element type of a scalar field without array brackets: its native type when it has one,
   * else Prisma's default for the scalar. {@code enumSql} is the quoted enum type for enum fields.
   */
  static String baseType(PrismaField f, Optional<String> enumSql) {
    if (enumSql.isPresent()) {
      return enumSql.get();
    }
    Optional<PrismaAttribute> nat = f.nativeType();
    if (nat.isPresent()) {
      String n = nat.get().name().substring(3);
      String sql = NATIVE.getOrDefault(n, n.toUpperCase(Locale.ROOT));
      List<PrismaArg> args = nat.get().args();
      if (args.isEmpty()) {
        return sql;
      }
      return sql + "(" + args.stream().map(a -> literal(a.value())).collect(Collectors.joining(",")) + ")";
    }
    return SCALARS.getOrDefault(f.type(), "TEXT");
  }

  /** The column type with {@code []} for lists and {@code SERIAL} forms for autoincrement ids. */
  static String columnType(PrismaField f, Optional<String> enumSql) {
    String base = baseType(f, enumSql);
    if (autoincrement(f)) {
      if (base.equals("BIGINT")) {
        return "BIGSERIAL";
      }
      return base.equals("SMALLINT") ? "SMALLSERIAL" : "SERIAL";
    }
    return f.list() ? base + "[]" : base;
  }

  static boolean autoincrement(PrismaField f) {
    return f.attribute("default").flatMap(PrismaAttribute::positional)
        .map(v -> v instanceof PrismaValue.Call c && c.name().equals("autoincrement")).orElse(false);
  }

  /**
   * The {@code DEFAULT} expression Prisma writes, empty when the default lives in the client
   * ({@code uuid()}, {@code cuid()}) or is expressed by the column type ({@code autoincrement()}).
   * {@code enumLabels} maps enum value names to their database labels for enum fields.
   */
  static Optional<String> defaultSql(PrismaField f, Optional<String> enumSql, Map<String, String> enumLabels) {
    Optional<PrismaValue> v = f.attribute("default").flatMap(PrismaAttribute::positional);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof PrismaValue.Array a) {
      String items = a.items().stream().map(i -> scalarDefault(f, i, enumLabels).orElse("NULL"))
          .collect(Collectors.joining(", "));
      return Optional.of("ARRAY[" + items + "]::" + baseType(f, enumSql) + "[]");
    }
    return scalarDefault(f, v.get(), enumLabels);
  }

  private static Optional<String> scalarDefault(PrismaField f, PrismaValue v, Map<String, String> enumLabels) {
    if (v instanceof PrismaValue.Call c) {
      if (c.name().equals("now")) {
        return Optional.of("CURRENT_TIMESTAMP");
      }
      if (c.name().equals("dbgenerated")) {
        return c.args().stream().findFirst().map(a -> a.value())
            .filter(x -> x instanceof PrismaValue.Str).map(x -> ((PrismaValue.Str) x).value());
      }
      return Optional.empty();
    }
    if (v instanceof PrismaValue.Str s) {
      return Optional.of(quote(s.value()));
    }
    if (v instanceof PrismaValue.Num n) {
      return Optional.of(n.text());
    }
    if (v instanceof PrismaValue.Ident i) {
      if (i.name().equals("true") || i.name().equals("false")) {
        return Optional.of(i.name());
      }
      return Optional.of(quote(enumLabels.getOrDefault(i.name(), i.name())));
    }
    return Optional.empty();
  }

  static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String literal(PrismaValue v) {
    if (v instanceof PrismaValue.Num n) {
      return n.text();
    }
    return v instanceof PrismaValue.Str s ? s.value() : v.name();
  }
}
