package dev.strata.model.sql.parse;

import static dev.strata.model.sql.parse.AstRanges.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ast.Statement.CreateTable;
import dev.strata.model.sql.ast.TypeName;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeParserTest {
  private static TypeName type(String written) {
    String sql = "CREATE TABLE t (c " + written + ");";
    CreateTable t = Parsing.parse(sql, CreateTable.class);
    TypeName type = t.columns().get(0).type();
    assertEquals(written, slice(sql, type.range()), "type range");
    return type;
  }

  private static void assertType(String written, String typname, List<String> mods, int dims) {
    TypeName t = type(written);
    assertEquals(typname, t.baseName(), written);
    assertEquals(mods, t.modifiers(), written);
    assertEquals(dims, t.arrayDims(), written);
    assertTrue(t.builtin(), written);
  }

  @Test
  void mapsSqlSpellingsToPgTypeNames() {
    assertType("int", "int4", List.of(), 0);
    assertType("INTEGER", "int4", List.of(), 0);
    assertType("smallint", "int2", List.of(), 0);
    assertType("BIGINT", "int8", List.of(), 0);
    assertType("real", "float4", List.of(), 0);
    assertType("double precision", "float8", List.of(), 0);
    assertType("float", "float8", List.of(), 0);
    assertType("float(24)", "float4", List.of(), 0);
    assertType("float(25)", "float8", List.of(), 0);
    assertType("decimal(10, 2)", "numeric", List.of("10", "2"), 0);
    assertType("boolean", "bool", List.of(), 0);
    assertType("character varying(255)", "varchar", List.of("255"), 0);
    assertType("varchar", "varchar", List.of(), 0);
    assertType("char", "bpchar", List.of("1"), 0);
    assertType("character(3)", "bpchar", List.of("3"), 0);
    assertType("bpchar", "bpchar", List.of(), 0);
    assertType("bit", "bit", List.of("1"), 0);
    assertType("bit varying(8)", "varbit", List.of("8"), 0);
    assertType("\"char\"", "char", List.of(), 0);
    assertType("serial4", "serial", List.of(), 0);
    assertType("BIGSERIAL", "bigserial", List.of(), 0);
    assertType("serial2", "smallserial", List.of(), 0);
  }

  @Test
  void readsTimeTypesWithPrecisionAndZone() {
    assertType("timestamp", "timestamp", List.of(), 0);
    assertType("TIMESTAMP(3)", "timestamp", List.of("3"), 0);
    assertType("timestamp(6) with time zone", "timestamptz", List.of("6"), 0);
    assertType("timestamp without time zone", "timestamp", List.of(), 0);
    assertType("timestamptz", "timestamptz", List.of(), 0);
    assertType("time with time zone", "timetz", List.of(), 0);
    assertType("interval", "interval", List.of(), 0);
    assertType("interval day to second(3)", "interval", List.of("day to second", "3"), 0);
  }

  @Test
  void countsArrayDimensions() {
    assertType("int[]", "int4", List.of(), 1);
    assertType("text[][]", "text", List.of(), 2);
    assertType("int ARRAY", "int4", List.of(), 1);
    assertType("integer[3]", "int4", List.of(), 1);
    assertType("varchar(20)[]", "varchar", List.of("20"), 1);
  }

  @Test
  void keepsUserAndExtensionTypesQualified() {
    TypeName role = type("public.\"Role\"[]");
    assertFalse(role.builtin());
    assertEquals("Role", role.baseName());
    assertEquals("public", role.name().schema().orElseThrow().value());
    assertEquals(1, role.arrayDims());

    TypeName vector = type("vector(1536)");
    assertFalse(vector.builtin());
    assertEquals(List.of("1536"), vector.modifiers());

    TypeName geometry = type("geometry(Point,4326)");
    assertEquals(List.of("Point", "4326"), geometry.modifiers());
    assertEquals("citext", type("CITEXT").baseName());
    assertEquals("Status", type("\"Status\"").baseName());
  }

  @Test
  void builtinNameRangeCoversTheWrittenWords() {
    String sql = "CREATE TABLE t (c double precision[]);";
    TypeName t = Parsing.parse(sql, CreateTable.class).columns().get(0).type();
    assertEquals("double precision", slice(sql, t.name().range()));
  }
}
