package dev.strata.model.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** format_type and pg_get_expr forms, checked against PostgreSQL 15's output. */
class FormatTest {
  private static String type(String decl) {
    History h = History.of("CREATE TYPE \"Status\" AS ENUM ('A','B'); CREATE TABLE t (c " + decl + ");").ok();
    return h.column("t", "c").type().format(h.cat::typeVisible);
  }

  private static String dflt(String decl) {
    History h = History.of("CREATE TYPE \"Status\" AS ENUM ('A','B'); CREATE TABLE t (c " + decl + ");").ok();
    return h.column("t", "c").defaultExpr().orElse(null);
  }

  @Test
  void formatsTypesLikeFormatType() {
    assertEquals("integer", type("int"));
    assertEquals("bigint", type("int8"));
    assertEquals("character varying(255)", type("varchar(255)"));
    assertEquals("character(1)", type("char"));
    assertEquals("numeric(10,2)", type("decimal(10,2)"));
    assertEquals("timestamp(3) without time zone", type("timestamp(3)"));
    assertEquals("timestamp with time zone", type("timestamptz"));
    assertEquals("double precision", type("double precision"));
    assertEquals("text[]", type("text[]"));
    assertEquals("\"Status\"", type("\"Status\""));
    assertEquals("bit(8)", type("bit(8)"));
  }

  @Test
  void printsDefaultsLikePgGetExpr() {
    assertEquals("'x'::text", dflt("text DEFAULT 'x'"));
    assertEquals("'x'::character varying", dflt("varchar(10) DEFAULT 'x'"));
    assertEquals("'A'::\"Status\"", dflt("\"Status\" DEFAULT 'A'"));
    assertEquals("CURRENT_TIMESTAMP", dflt("timestamp(3) DEFAULT current_timestamp"));
    assertEquals("now()", dflt("timestamptz DEFAULT NOW()"));
    assertEquals("0", dflt("int DEFAULT 0"));
    assertEquals("'-1'::integer", dflt("int DEFAULT -1"));
    assertEquals("false", dflt("boolean DEFAULT FALSE"));
    assertEquals("'{}'::jsonb", dflt("jsonb DEFAULT '{}'"));
    assertEquals("'{}'::text[]", dflt("text[] DEFAULT '{}'"));
    assertEquals("ARRAY[]::text[]", dflt("text[] DEFAULT ARRAY[]::TEXT[]"));
    assertEquals("ARRAY['a'::text]", dflt("text[] DEFAULT ARRAY['a']::text[]"));
    assertEquals("gen_random_uuid()", dflt("uuid DEFAULT gen_random_uuid()"));
    assertEquals("'2020-01-01 00:00:00'::timestamp without time zone", dflt("timestamp DEFAULT '2020-01-01'"));
    assertEquals("NULL::character varying", dflt("varchar(40) DEFAULT NULL"));
    assertEquals(null, dflt("text DEFAULT NULL"));
    assertEquals("5", dflt("int DEFAULT '5'"));
  }

  @Test
  void serialBecomesIntegerWithOwnedSequence() {
    History h = History.of("CREATE TABLE t (id serial, big bigserial);").ok();
    assertEquals("nextval('t_id_seq'::regclass)", h.column("t", "id").defaultExpr().orElseThrow());
    assertEquals(true, h.column("t", "id").notNull());
    assertEquals("integer", h.column("t", "id").type().format(q -> true));
    var seq = h.cat.sequences().get(dev.strata.model.catalog.QName.of("public", "t_big_seq")).orElseThrow();
    assertEquals("bigint", seq.dataType());
    assertEquals("public.t.big", seq.ownedBy().orElseThrow().key());
  }
}
