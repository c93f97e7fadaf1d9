package dev.strata.model.sql.parse;

import static dev.strata.model.sql.parse.AstRanges.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.ForeignKeyRef.FkAction;
import dev.strata.model.sql.ast.OnCommit;
import dev.strata.model.sql.ast.Statement.CreateTable;
import dev.strata.model.sql.ast.Statement.CreateTableAs;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.sql.ast.TableConstraint.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateTableParserTest {
  @Test
  void readsPrismaStyleTableWithQuotedNamesAndDefaults() {
    String sql = """
        CREATE TABLE "User" (
            "id" TEXT NOT NULL,
            "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
            "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
            CONSTRAINT "User_pkey" PRIMARY KEY ("id")
        );""";
    CreateTable t = Parsing.parse(sql, CreateTable.class);
    assertEquals("User", t.name().name().value());
    assertEquals("\"User\"", slice(sql, t.name().range()));
    assertEquals("p", t.persistence());
    assertEquals(List.of("id", "createdAt", "tags"), t.columns().stream().map(c -> c.name().value()).toList());
    ColumnDef created = t.columns().get(1);
    assertTrue(created.notNull());
    assertEquals("CURRENT_TIMESTAMP", created.defaultValue().orElseThrow().text());
    assertEquals("ARRAY[]::TEXT[]", t.columns().get(2).defaultValue().orElseThrow().text());
    TableConstraint pk = t.constraints().get(0);
    assertEquals(Kind.PRIMARY_KEY, pk.kind());
    assertEquals("User_pkey", pk.name().orElseThrow().value());
    assertEquals("\"id\"", slice(sql, pk.columns().get(0).range()));
    assertFalse(pk.inline());
  }

  @Test
  void readsInlineConstraintsWithNamesAndDeferral() {
    String sql = "CREATE TABLE IF NOT EXISTS s.orders (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,"
        + " type text CONSTRAINT type_ok CHECK (type IN ('a', 'b')) NOT NULL,"
        + " customer_id int CONSTRAINT fk REFERENCES customers (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,"
        + " code varchar(10) COLLATE \"C\" UNIQUE NULLS NOT DISTINCT,"
        + " total numeric GENERATED ALWAYS AS (price * qty) STORED, key int DEFAULT -1 NULL);";
    CreateTable t = Parsing.parse(sql, CreateTable.class);
    assertTrue(t.ifNotExists());
    assertEquals("s", t.name().schema().orElseThrow().value());
    ColumnDef id = t.columns().get(0);
    assertTrue(id.identity().orElseThrow().always());
    assertEquals(Optional.of(10L), id.identity().orElseThrow().options().start());
    assertEquals(Kind.PRIMARY_KEY, id.constraints().get(0).kind());
    assertTrue(id.constraints().get(0).inline());

    ColumnDef type = t.columns().get(1);
    assertEquals("type", type.name().value());
    TableConstraint check = type.constraints().get(0);
    assertEquals("type_ok", check.name().orElseThrow().value());
    assertEquals("type IN ('a', 'b')", check.check().orElseThrow().text());
    assertTrue(type.notNull());

    TableConstraint fk = t.columns().get(2).constraints().get(0);
    assertEquals(Kind.FOREIGN_KEY, fk.kind());
    assertEquals("customers", fk.references().orElseThrow().table().toString());
    assertEquals(FkAction.SET_NULL, fk.references().orElseThrow().onDelete());
    assertEquals(FkAction.NO_ACTION, fk.references().orElseThrow().onUpdate());
    assertTrue(fk.deferrable() && fk.initiallyDeferred());

    ColumnDef code = t.columns().get(3);
    assertEquals("C", code.collation().orElseThrow().value());
    assertTrue(code.constraints().get(0).nullsNotDistinct());
    assertEquals("price * qty", t.columns().get(4).generatedStored().orElseThrow().text());
    ColumnDef key = t.columns().get(5);
    assertEquals("-1", key.defaultValue().orElseThrow().text());
    assertFalse(key.notNull());
  }

  @Test
  void readsTableConstraints() {
    String sql = "CREATE TABLE t (a int, b int, c int,"
        + " UNIQUE (a, b) INCLUDE (c) USING INDEX TABLESPACE fast,"
        + " CHECK (a > 0) NO INHERIT,"
        + " CONSTRAINT t_fk FOREIGN KEY (b, c) REFERENCES other (x, y) MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT"
        + " NOT VALID,"
        + " EXCLUDE USING gist (a WITH =, b WITH &&));";
    List<TableConstraint> cs = Parsing.parse(sql, CreateTable.class).constraints();
    assertEquals(List.of(Kind.UNIQUE, Kind.CHECK, Kind.FOREIGN_KEY, Kind.EXCLUDE),
        cs.stream().map(TableConstraint::kind).toList());
    assertEquals(List.of("c"), cs.get(0).include().stream().map(i -> i.value()).toList());
    assertTrue(cs.get(1).noInherit());
    var fk = cs.get(2).references().orElseThrow();
    assertEquals("FULL", fk.match());
    assertEquals(FkAction.CASCADE, fk.onUpdate());
    assertEquals(FkAction.RESTRICT, fk.onDelete());
    assertEquals(List.of("x", "y"), fk.columns().stream().map(i -> i.value()).toList());
    assertTrue(cs.get(2).notValid());
    assertEquals("gist", cs.get(3).method().orElseThrow());
    assertEquals("a WITH =, b WITH &&", cs.get(3).check().orElseThrow().text());
  }

  @Test
  void readsLikePartitionsInheritanceAndPersistence() {
    CreateTable like = Parsing.parse("CREATE UNLOGGED TABLE t2 (LIKE t1 INCLUDING ALL EXCLUDING INDEXES);",
        CreateTable.class);
    assertEquals("u", like.persistence());
    assertEquals(List.of("ALL"), like.likes().get(0).including());
    assertEquals(List.of("INDEXES"), like.likes().get(0).excluding());

    CreateTable parent = Parsing.parse(
        "CREATE TEMP TABLE m (id int, at date) PARTITION BY RANGE (at) WITH (fillfactor=70) TABLESPACE ts;",
        CreateTable.class);
    assertEquals("t", parent.persistence());
    assertEquals("RANGE (at)", parent.partitionBy().orElseThrow());

    CreateTable part = Parsing.parse(
        "CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');", CreateTable.class);
    assertEquals("m", part.partitionOf().orElseThrow().toString());

    CreateTable child = Parsing.parse("CREATE TABLE c (x int) INHERITS (p1, s.p2);", CreateTable.class);
    assertEquals(List.of("p1", "s.p2"), child.inherits().stream().map(Object::toString).toList());
  }

  @Test
  void readsCreateTableAs() {
    String sql = "CREATE TEMP TABLE m (a, b) ON COMMIT DROP AS SELECT 1, 2 WITH NO DATA;";
    CreateTableAs t = Parsing.parse(sql, CreateTableAs.class);
    assertEquals(List.of("a", "b"), t.columnNames().stream().map(i -> i.value()).toList());
    assertEquals("SELECT 1, 2", t.query().text());
    assertTrue(t.temporary());
    assertEquals(Optional.of(OnCommit.DROP), t.onCommit());
  }

  @Test
  void recordsTemporaryPersistenceAndOnCommit() {
    CreateTableAs permanent = Parsing.parse("CREATE TABLE m AS SELECT 1;", CreateTableAs.class);
    assertEquals("p", permanent.persistence());
    assertEquals(Optional.empty(), permanent.onCommit());
    CreateTableAs global = Parsing.parse(
        "CREATE GLOBAL TEMPORARY TABLE g ON COMMIT PRESERVE ROWS AS SELECT 1;", CreateTableAs.class);
    assertEquals("t", global.persistence());
    assertEquals(Optional.of(OnCommit.PRESERVE_ROWS), global.onCommit());
    CreateTable deleting = Parsing.parse("CREATE TEMP TABLE d (id int) ON COMMIT DELETE ROWS;", CreateTable.class);
    assertTrue(deleting.temporary());
    assertEquals(Optional.of(OnCommit.DELETE_ROWS), deleting.onCommit());
    CreateTable dropping = Parsing.parse(
        "CREATE LOCAL TEMPORARY TABLE x (id int) WITH (fillfactor = 70) ON COMMIT DROP TABLESPACE ts;",
        CreateTable.class);
    assertEquals(Optional.of(OnCommit.DROP), dropping.onCommit());
    CreateTable plain = Parsing.parse("CREATE UNLOGGED TABLE u (id int);", CreateTable.class);
    assertFalse(plain.temporary());
    assertEquals(Optional.empty(), plain.onCommit());
  }

  @Test
  void acceptsNonReservedKeywordsAsColumnNames() {
    CreateTable t = Parsing.parse(
        "CREATE TABLE t (type text, key int, name text, value text, position int, action text, data jsonb,"
            + " role text, status text);", CreateTable.class);
    assertEquals(9, t.columns().size());
    assertEquals("position", t.columns().get(4).name().value());
  }
}
