package dev.strata.model.sql.plpgsql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlpgsqlBodyTest {
  private static Optional<PlpgsqlBody> body(String sql) {
    Token dollar = Lexer.lex(sql).stream().filter(t -> t.is(TokenKind.DOLLAR_STRING)).findFirst().orElseThrow();
    return PlpgsqlBody.parse(sql, dollar);
  }

  @Test
  void readsStatementsAtTheirOffsetsInTheFile() {
    String sql = "-- lead\nDO $$ BEGIN\n  CREATE TYPE \"S\" AS ENUM ('a');\nEXCEPTION WHEN duplicate_object THEN NULL;\nEND $$;";
    PlNode.Block root = body(sql).orElseThrow().root();
    assertEquals(List.of("duplicate_object"), root.handlers());
    PlNode.Sql create = assertInstanceOf(PlNode.Sql.class, root.body().get(0));
    assertInstanceOf(Statement.CreateEnum.class, create.parsed().statement());
    assertEquals("CREATE TYPE \"S\" AS ENUM ('a');", create.range().slice(sql));
  }

  @Test
  void blockWithHandlerKeepsItsConditionNames() {
    String sql = "DO $$ BEGIN BEGIN ALTER TABLE t ADD c int; EXCEPTION WHEN duplicate_column OR others THEN "
        + "RAISE NOTICE 'x'; END; END $$;";
    PlNode.Block inner = assertInstanceOf(PlNode.Block.class, body(sql).orElseThrow().root().body().get(0));
    assertEquals(List.of("duplicate_column", "others"), inner.handlers());
    assertEquals(1, inner.body().size());
  }

  @Test
  void controlFlowBecomesBranchesAndDeclarationsVariables() {
    String sql = """
        DO $$
        DECLARE
          arr text[] := ARRAY['a;b', 'c'];
          r RECORD;
        BEGIN
          total := 0;
          IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'k') THEN
            CREATE TYPE k AS ENUM ('x');
          ELSIF (CASE WHEN true THEN 1 END) = 1 THEN
            NULL;
          ELSE
            RAISE NOTICE 'no';
          END IF;
          FOR r IN SELECT id FROM items LOOP
            UPDATE items SET n = r.id WHERE id = r.id;
          END LOOP;
          <<outer>>
          WHILE false LOOP EXIT outer; END LOOP outer;
          PERFORM make_partitions('events', 4);
          EXECUTE format('DROP TABLE %I', 'x');
        END $$;""";
    PlpgsqlBody b = body(sql).orElseThrow();
    assertEquals(Set.of("arr", "r"), b.variables());
    assertTrue(b.executesDynamicSql());
    assertEquals(List.of("c", "k", "x", "no", "events"), b.literals());
    List<PlNode> top = b.root().body();
    assertEquals(5, top.size());
    PlNode.Branch ifs = assertInstanceOf(PlNode.Branch.class, top.get(0));
    assertEquals(3, ifs.body().size());
    PlNode.Branch then = assertInstanceOf(PlNode.Branch.class, ifs.body().get(0));
    assertInstanceOf(PlNode.Sql.class, then.body().get(0));
    PlNode.Branch loop = assertInstanceOf(PlNode.Branch.class, top.get(1));
    assertEquals("LOOP", loop.kind());
    assertInstanceOf(PlNode.Perform.class, top.get(3));
    assertInstanceOf(PlNode.Execute.class, top.get(4));
  }

  @Test
  void unreadableBodyIsEmptyAndExecuteDetectionIsLenient() {
    assertFalse(body("DO $$ BEGIN IF x THEN NULL; END $$;").isPresent());
    String fn = "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN EXECUTE 'x'; END $f$;";
    Token dollar = Lexer.lex(fn).stream().filter(t -> t.is(TokenKind.DOLLAR_STRING)).findFirst().orElseThrow();
    assertTrue(PlpgsqlBody.executesDynamicSql(fn, dollar));
    String plain = "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1; END $$;";
    Token d2 = Lexer.lex(plain).stream().filter(t -> t.is(TokenKind.DOLLAR_STRING)).findFirst().orElseThrow();
    assertFalse(PlpgsqlBody.executesDynamicSql(plain, d2));
  }
}
