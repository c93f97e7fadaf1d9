package dev.strata.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A resolved column type: the type's qualified name (built-ins live in {@code pg_catalog} under
 * their pg_type name such as {@code int4}), its typmod arguments and its array dimensions.
 * {@link #format} prints it exactly as PostgreSQL's {@code format_type} does.
 */
public record SqlType(QName name, List<String> modifiers, int arrayDims) {
  private static final Map<String, String> DISPLAY = Map.ofEntries(
      Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
      Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("bool", "boolean"),
      Map.entry("varchar", "character varying"), Map.entry("bpchar", "character"),
      Map.entry("varbit", "bit varying"), Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timestamptz", "timestamp with time zone"), Map.entry("time", "time without time zone"),
      Map.entry("timetz", "time with time zone"), Map.entry("char", "\"char\""));

  public SqlType {
    Objects.requireNonNull(name, "name");
    modifiers = List.copyOf(modifiers);
  }

  public static SqlType builtin(String typname) {
    return new SqlType(new QName(QName.PG_CATALOG, Name.of(typname)), List.of(), 0);
  }

  public boolean isBuiltin() {
    return name.schema().equals(QName.PG_CATALOG);
  }

  public boolean isArray() {
    return arrayDims > 0;
  }

  /** The pg_type name of a built-in ({@code int4}) or the user type's name. */
  public String typname() {
    return name.name().value();
  }

  public SqlType elementType() {
    return new SqlType(name, modifiers, 0);
  }

  public SqlType withoutModifiers() {
    return new SqlType(name, List.of(), arrayDims);
  }

  /** format_type with the typmod, qualifying user types that {@code visible} rejects. */
  public String format(Predicate<QName> visible) {
    return formatBase(visible, true) + (arrayDims > 0 ? "[]" : "");
  }

  /** format_type without the typmod, as casts in pg_get_expr output print it. */
  public String formatWithoutTypmod(Predicate<QName> visible) {
    return formatBase(visible, false) + (arrayDims > 0 ? "[]" : "");
  }

  private String formatBase(Predicate<QName> visible, boolean withTypmod) {
    if (!isBuiltin()) {
      return visible.test(name) ? name.name().sql() : name.sql();
    }
    String t = typname();
    String shown = DISPLAY.getOrDefault(t, t);
    if (!withTypmod) {
      return t.equals("bpchar") ? "bpchar" : shown;
    }
    if (t.equals("bpchar") && modifiers.isEmpty()) {
      return "character(1)";
    }
    if (t.equals("bit") && modifiers.isEmpty()) {
      return "bit(1)";
    }
    if (modifiers.isEmpty()) {
      return shown;
    }
    if (t.equals("numeric")) {
      return "numeric(" + modifiers.get(0) + "," + (modifiers.size() > 1 ? modifiers.get(1) : "0") + ")";
    }
    String mods = "(" + String.join(",", modifiers) + ")";
    if (t.startsWith("time") && shown.contains(" ")) {
      int space = shown.indexOf(' ');
      return shown.substring(0, space) + mods + shown.substring(space);
    }
    return shown + mods;
  }
}
