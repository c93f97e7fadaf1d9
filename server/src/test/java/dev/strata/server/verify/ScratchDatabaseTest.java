package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.server.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScratchDatabaseTest {

  private static boolean exists(String name) throws SQLException {
    try (Connection c = TestPostgres.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
      return rs.next();
    }
  }

  private static void admin(String sql) throws SQLException {
    try (Connection c = TestPostgres.connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  @Test
  void createsAMarkedDatabaseAndDropsItOnClose() throws SQLException {
    ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), Instant.now());
    assertTrue(db.name().matches("strata_verify_\\d{14}_[0-9a-f]+"), db.name());
    assertTrue(exists(db.name()));
    db.close();
    assertFalse(exists(db.name()));
  }

  @Test
  void refusesToDropADatabaseWithoutTheMarker() throws SQLException {
    String name = "strata_verify_20000101000000_unmarked" + ProcessHandle.current().pid();
    admin("CREATE DATABASE " + name);
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> ScratchDatabase.drop(VerifyTesting.server(), name));
      assertTrue(e.getMessage().contains("strata did not create it"), e.getMessage());
      assertTrue(exists(name));
      // Nor does the stale clean-up touch it, however old its name says it is.
      assertEquals(List.of(), ScratchDatabase.dropStale(VerifyTesting.server(), Instant.now(), Duration.ofHours(1))
          .stream().filter(name::equals).toList());
      assertTrue(exists(name));
    } finally {
      admin("DROP DATABASE IF EXISTS " + name);
    }
  }

  @Test
  void refusesANameWithoutThePrefix() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ScratchDatabase.drop(VerifyTesting.server(), "postgres"));
    assertTrue(e.getMessage().contains("does not start with strata_verify_"), e.getMessage());
  }

  @Test
  void dropsOnlyStaleMarkedDatabases() throws SQLException {
    Instant now = Instant.now();
    ScratchDatabase old = ScratchDatabase.create(VerifyTesting.server(), now.minus(Duration.ofHours(2)));
    try (ScratchDatabase fresh = ScratchDatabase.create(VerifyTesting.server(), now)) {
      List<String> dropped = ScratchDatabase.dropStale(VerifyTesting.server(), now, Duration.ofHours(1));
      assertTrue(dropped.contains(old.name()), dropped.toString());
      assertFalse(dropped.contains(fresh.name()));
      assertFalse(exists(old.name()));
      assertTrue(exists(fresh.name()));
    }
    old.close();
  }

  @Test
  void readsTheCreationTimeFromTheName() {
    assertEquals(Optional.of(Instant.parse("2024-12-23T10:11:12Z")),
        ScratchDatabase.createdAt("strata_verify_20241223101112_abc"));
    assertEquals(Optional.empty(), ScratchDatabase.createdAt("strata_verify_soon"));
  }
}
