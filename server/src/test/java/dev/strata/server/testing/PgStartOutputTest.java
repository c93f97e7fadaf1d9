package dev.strata.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PgStartOutputTest {

  @Test
  void readsQuotedAndBareExports() {
    PgStartOutput out = PgStartOutput.parse("""
        export STRATA_TEST_PG_URL='jdbc:postgresql://127.0.0.1:41234/postgres?user=strata'
        export PGHOST=127.0.0.1
        export PGPORT=41234
        export STRATA_PG_DATA='/tmp/strata-pg.abc123'
        """);
    assertEquals(Optional.of("jdbc:postgresql://127.0.0.1:41234/postgres?user=strata"), out.jdbcUrl());
    assertEquals(Optional.of(Path.of("/tmp/strata-pg.abc123")), out.dataRoot());
    assertEquals("41234", out.variables().get("PGPORT"));
  }

  @Test
  void ignoresLinesThatAreNotExports() {
    PgStartOutput out = PgStartOutput.parse("pg-start: ready\r\nexport PGUSER=strata\r\nPGPORT=1\n");
    assertEquals(java.util.Map.of("PGUSER", "strata"), out.variables());
    assertTrue(out.jdbcUrl().isEmpty());
    assertTrue(out.dataRoot().isEmpty());
  }
}
