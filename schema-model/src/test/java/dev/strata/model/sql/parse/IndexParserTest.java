package dev.strata.model.sql.parse;

import static dev.strata.model.sql.parse.AstRanges.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.ast.IndexElem;
import dev.strata.model.sql.ast.Statement.CreateIndex;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexParserTest {
  @Test
  void readsPrismaUniqueIndex() {
    String sql = "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");";
    CreateIndex i = Parsing.parse(sql, CreateIndex.class);
    assertTrue(i.unique());
    assertEquals("\"User_email_key\"", slice(sql, i.name().orElseThrow().range()));
    assertEquals("User", i.table().name().value());
    assertEquals("email", i.elements().get(0).column().orElseThrow().value());
  }

  @Test
  void readsAllOptions() {
    String sql = "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON ONLY s.t USING gin"
        + " (lower(email), (a + b), name gin_trgm_ops, data jsonb_path_ops, c COLLATE \"C\" DESC NULLS LAST)"
        + " INCLUDE (x) NULLS NOT DISTINCT WITH (fastupdate = off) WHERE deleted_at IS NULL;";
    CreateIndex i = Parsing.parse(sql, CreateIndex.class);
    assertTrue(i.concurrently() && i.ifNotExists() && i.only() && i.nullsNotDistinct());
    assertEquals("gin", i.method().orElseThrow().value());
    assertEquals("lower(email)", i.elements().get(0).expression().orElseThrow().text());
    assertEquals("a + b", i.elements().get(1).expression().orElseThrow().text());
    IndexElem trgm = i.elements().get(2);
    assertEquals("name", trgm.column().orElseThrow().value());
    assertEquals("gin_trgm_ops", trgm.opclass().orElseThrow().toString());
    assertEquals("jsonb_path_ops", i.elements().get(3).opclass().orElseThrow().toString());
    IndexElem c = i.elements().get(4);
    assertEquals("C", c.collation().orElseThrow().value());
    assertTrue(c.descending());
    assertEquals(Optional.of(false), c.nullsFirst());
    assertEquals("c COLLATE \"C\" DESC NULLS LAST", slice(sql, c.range()));
    assertEquals("x", i.include().get(0).value());
    assertEquals("deleted_at IS NULL", i.where().orElseThrow().text());
  }

  @Test
  void nameIsOptional() {
    CreateIndex i = Parsing.parse("CREATE INDEX ON t (a);", CreateIndex.class);
    assertTrue(i.name().isEmpty());
    assertFalse(i.unique());
  }
}
