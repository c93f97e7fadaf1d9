package dev.strata.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

  @Test
  void serverIsPostgres15() throws SQLException {
    try (Connection c = TestPostgres.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select version()")) {
      assertTrue(rs.next());
      String version = rs.getString(1);
      assertTrue(version.startsWith("PostgreSQL 15."), "unexpected server: " + version);
    }
  }

  @Test
  void roleMayCreateDatabases() throws SQLException {
    try (Connection c = TestPostgres.connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select rolcreatedb from pg_roles where rolname = current_user")) {
      assertTrue(rs.next());
      assertEquals(true, rs.getBoolean(1));
    }
  }

  @Test
  void sameUrlForEveryCaller() {
    assertEquals(TestPostgres.jdbcUrl(), TestPostgres.jdbcUrl());
  }
}
