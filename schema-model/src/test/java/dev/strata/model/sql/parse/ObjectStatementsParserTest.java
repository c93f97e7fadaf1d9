package dev.strata.model.sql.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.StringLit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectStatementsParserTest {
  @Test
  void readsDrops() {
    Statement.Drop d = Parsing.parse("DROP INDEX CONCURRENTLY IF EXISTS \"a_idx\", s.b_idx CASCADE;",
        Statement.Drop.class);
    assertEquals(ObjectKind.INDEX, d.kind());
    assertTrue(d.concurrently() && d.ifExists() && d.cascade());
    assertEquals(List.of("a_idx", "s.b_idx"), d.names().stream().map(Object::toString).toList());
    assertEquals(ObjectKind.MATERIALIZED_VIEW,
        Parsing.parse("DROP MATERIALIZED VIEW mv;", Statement.Drop.class).kind());
    assertEquals(ObjectKind.TYPE, Parsing.parse("DROP TYPE \"Status\";", Statement.Drop.class).kind());

    Statement.DropRoutine f = Parsing.parse("DROP FUNCTION IF EXISTS f(int, text), g;", Statement.DropRoutine.class);
    assertEquals(List.of("int4", "text"), f.routines().get(0).argTypes().orElseThrow().stream()
        .map(t -> t.baseName()).toList());
    assertTrue(f.routines().get(1).argTypes().isEmpty());

    Statement.DropOnTable trg = Parsing.parse("DROP TRIGGER IF EXISTS trg ON s.t;", Statement.DropOnTable.class);
    assertEquals(ObjectKind.TRIGGER, trg.kind());
    assertEquals("s.t", trg.table().toString());
    assertEquals(ObjectKind.POLICY, Parsing.parse("DROP POLICY p ON t;", Statement.DropOnTable.class).kind());
  }

  @Test
  void readsRenamesAndSchemaMoves() {
    Statement.Rename r = Parsing.parse("ALTER INDEX IF EXISTS \"old_idx\" RENAME TO \"new_idx\";",
        Statement.Rename.class);
    assertEquals(ObjectKind.INDEX, r.kind());
    assertTrue(r.ifExists());
    assertEquals("new_idx", r.newName().value());
    assertEquals(ObjectKind.SEQUENCE, Parsing.parse("ALTER SEQUENCE s RENAME TO s2;", Statement.Rename.class).kind());
    assertEquals(ObjectKind.TYPE, Parsing.parse("ALTER TYPE \"A\" RENAME TO \"B\";", Statement.Rename.class).kind());
    assertEquals(ObjectKind.FUNCTION,
        Parsing.parse("ALTER FUNCTION f(int) RENAME TO g;", Statement.Rename.class).kind());
    Statement.RenameOnTable trg = Parsing.parse("ALTER TRIGGER a ON t RENAME TO b;", Statement.RenameOnTable.class);
    assertEquals("b", trg.newName().value());
    Statement.SetObjectSchema s = Parsing.parse("ALTER VIEW v SET SCHEMA other;", Statement.SetObjectSchema.class);
    assertEquals("other", s.schema().value());
  }

  @Test
  void readsEnumsAndTypes() {
    Statement.CreateEnum e = Parsing.parse("CREATE TYPE \"Status\" AS ENUM ('ACTIVE', 'it''s', E'new\\nline');",
        Statement.CreateEnum.class);
    assertEquals(List.of("ACTIVE", "it's", "new\nline"), e.labels().stream().map(StringLit::value).toList());
    Statement.AlterEnumAddValue add = Parsing.parse(
        "ALTER TYPE \"Status\" ADD VALUE IF NOT EXISTS 'PAUSED' BEFORE 'ACTIVE';", Statement.AlterEnumAddValue.class);
    assertTrue(add.ifNotExists());
    assertEquals(Optional.of(true), add.before());
    assertEquals("ACTIVE", add.neighbor().orElseThrow().value());
    Statement.AlterEnumRenameValue rn = Parsing.parse("ALTER TYPE s RENAME VALUE 'a' TO 'b';",
        Statement.AlterEnumRenameValue.class);
    assertEquals("b", rn.to().value());
    Statement.CreateCompositeType ct = Parsing.parse("CREATE TYPE pair AS (k text, v int);",
        Statement.CreateCompositeType.class);
    assertEquals(2, ct.attributes().size());
    Statement.CreateRangeType rt = Parsing.parse(
        "CREATE TYPE r AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = rs);",
        Statement.CreateRangeType.class);
    assertEquals("float8", rt.subtype().baseName());
    assertEquals("rs", rt.multirangeName().orElseThrow().name().value());
    assertTrue(Parsing.parse("CREATE TYPE r AS RANGE (collation = c);", Statement.ParseError.class)
        .message().contains("syntax error"));
    Statement.CreateDomain d = Parsing.parse(
        "CREATE DOMAIN email AS citext NOT NULL DEFAULT '' CONSTRAINT ok CHECK (VALUE ~ '@');",
        Statement.CreateDomain.class);
    assertTrue(d.notNull());
    assertEquals("''", d.defaultValue().orElseThrow().text());
    assertEquals("ok", d.checks().get(0).name().orElseThrow().value());
  }

  @Test
  void readsSequences() {
    Statement.CreateSequence s = Parsing.parse("CREATE SEQUENCE IF NOT EXISTS seq AS bigint START WITH 100"
        + " INCREMENT BY -2 MINVALUE 1 NO MAXVALUE CACHE 5 NO CYCLE OWNED BY t.id;", Statement.CreateSequence.class);
    assertTrue(s.ifNotExists());
    assertEquals("int8", s.options().as().orElseThrow().baseName());
    assertEquals(Optional.of(100L), s.options().start());
    assertEquals(Optional.of(-2L), s.options().increment());
    assertEquals(Optional.of(false), s.options().cycle());
    assertEquals("t.id", s.options().ownedBy().orElseThrow().toString());
    Statement.AlterSequence a = Parsing.parse("ALTER SEQUENCE seq RESTART WITH 5 OWNED BY NONE;",
        Statement.AlterSequence.class);
    assertTrue(a.options().restart() && a.options().ownedByNone());
  }

  @Test
  void readsViews() {
    Statement.CreateView v = Parsing.parse(
        "CREATE OR REPLACE VIEW active_users (id, name) AS SELECT id, name FROM users WHERE active;",
        Statement.CreateView.class);
    assertTrue(v.orReplace());
    assertEquals("SELECT id, name FROM users WHERE active", v.query().text());
    Statement.CreateView mv = Parsing.parse(
        "CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1 WITH NO DATA;", Statement.CreateView.class);
    assertTrue(mv.materialized() && mv.ifNotExists());
    assertEquals("SELECT 1", mv.query().text());
  }

  @Test
  void readsFunctionsAndTriggers() {
    String sql = "CREATE OR REPLACE FUNCTION public.touch(p_id int, text, OUT result boolean DEFAULT false)"
        + " RETURNS trigger SECURITY DEFINER SET search_path = public LANGUAGE plpgsql IMMUTABLE"
        + " AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END; $$;";
    Statement.CreateFunction f = Parsing.parse(sql, Statement.CreateFunction.class);
    assertTrue(f.orReplace());
    assertFalse(f.procedure());
    assertEquals("plpgsql", f.language());
    assertEquals("trigger", f.returns().orElseThrow().baseName());
    assertEquals(3, f.args().size());
    assertEquals("p_id", f.args().get(0).name().orElseThrow().value());
    assertTrue(f.args().get(1).name().isEmpty());
    assertEquals("OUT", f.args().get(2).mode());
    assertTrue(f.body().orElseThrow().text().startsWith("$$ BEGIN"));

    Statement.CreateFunction table = Parsing.parse("CREATE FUNCTION f() RETURNS TABLE (a int) LANGUAGE sql"
        + " BEGIN ATOMIC SELECT 1; END;", Statement.CreateFunction.class);
    assertTrue(table.returnsTable());
    assertEquals("BEGIN ATOMIC SELECT 1; END", table.body().orElseThrow().text());

    Statement.CreateTrigger t = Parsing.parse("CREATE TRIGGER trg BEFORE INSERT OR UPDATE OF a, b ON s.t"
        + " FOR EACH ROW WHEN (NEW.a IS NOT NULL) EXECUTE FUNCTION touch('x');", Statement.CreateTrigger.class);
    assertEquals("BEFORE", t.timing());
    assertEquals(List.of("INSERT", "UPDATE"), t.events());
    assertEquals("touch", t.function().name().toString());
    assertEquals("s.t", t.table().toString());
  }

  @Test
  void readsSchemaExtensionAndComments() {
    assertTrue(Parsing.parse("CREATE SCHEMA IF NOT EXISTS app AUTHORIZATION me;", Statement.CreateSchema.class)
        .ifNotExists());
    Statement.CreateExtension e = Parsing.parse(
        "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public VERSION '1.1' CASCADE;",
        Statement.CreateExtension.class);
    assertEquals("uuid-ossp", e.name().value());
    assertEquals("public", e.schema().orElseThrow().value());

    Statement.Comment col = Parsing.parse("COMMENT ON COLUMN s.t.c IS 'the c';", Statement.Comment.class);
    assertEquals(ObjectKind.COLUMN, col.kind());
    assertEquals("s.t", col.target().toString());
    assertEquals("c", col.column().orElseThrow().value());
    assertEquals(Optional.of("the c"), col.text());
    Statement.Comment none = Parsing.parse("COMMENT ON TABLE t IS NULL;", Statement.Comment.class);
    assertTrue(none.text().isEmpty());
    Statement.Comment con = Parsing.parse("COMMENT ON CONSTRAINT c ON t IS 'x';", Statement.Comment.class);
    assertEquals("t", con.onTable().orElseThrow().value());
  }
}
