package dev.strata.server.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.migration.Migration;
import dev.strata.server.git.Checksums;
import dev.strata.server.status.StatusTesting.Run;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata status} on a Flyway history whose {@code flyway_schema_history} rows Flyway would write. */
class FlywayStatusPostgresTest {
  @TempDir Path dir;

  private static void row(DatabaseUrl db, int rank, String version, String script, Integer checksum, boolean success)
      throws Exception {
    try (Connection c = DriverManager.getConnection(db.jdbc());
        PreparedStatement ps = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank, version, "
            + "description, type, script, checksum, installed_by, execution_time, success) "
            + "VALUES (?, ?, ?, 'SQL', ?, ?, 'strata', 5, ?)")) {
      ps.setInt(1, rank);
      ps.setString(2, version);
      ps.setString(3, script.replaceAll("^V[^_]+__|\\.sql$", "").replace('_', ' '));
      ps.setString(4, script);
      ps.setObject(5, checksum);
      ps.setBoolean(6, success);
      ps.executeUpdate();
    }
  }

  @Test
  void reportsAChecksumMismatchAndAFailedVersion() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("db/migration"));
    Files.writeString(folder.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
    Files.writeString(folder.resolve("V1_1__orders.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY,\n"
        + "  user_id bigint REFERENCES users (id));\n");
    Files.writeString(folder.resolve("V2__index.sql"), "CREATE INDEX orders_user_id ON orders (user_id);\n");
    List<Migration> history = StatusTesting.onlyRoot(dir).migrations();
    assertEquals(List.of("V1__users", "V1_1__orders", "V2__index"), history.stream().map(Migration::name).toList());
    try (ScratchDatabase db = StatusTesting.scratch()) {
      StatusTesting.apply(db.url(), history.subList(0, 2));
      row(db.url(), 1, "1", "V1__users.sql", Checksums.flywayCrc32(Files.readAllBytes(folder.resolve("V1__users.sql"))),
          true);
      row(db.url(), 2, "1.1", "V1_1__orders.sql", 123456789, true);
      row(db.url(), 3, "2", "V2__index.sql", Checksums.flywayCrc32(Files.readAllBytes(folder.resolve("V2__index.sql"))),
          false);
      // Line ends do not count for Flyway: V1 stays applied.
      Files.writeString(folder.resolve("V1__users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text);\r\n");

      Run r = StatusTesting.run(Map.of(), "--database-url", db.url().jdbc(), dir.toString());
      assertEquals(1, r.exit(), r.out() + r.err());
      assertTrue(r.out().contains("db/migration (flyway), table public.flyway_schema_history\n"), r.out());
      assertTrue(r.out().contains("  applied     V1__users\n"), r.out());
      assertTrue(r.out().matches("(?s).*\n  changed     V1_1__orders +applied with checksum 123456789, "
          + "the file's is now -?[0-9]+\n.*"), r.out());
      assertTrue(r.out().contains("  failed      V2__index"), r.out());
      assertTrue(r.out().contains("schema drift after V1_1__orders: none\n"), r.out());
      assertTrue(r.out().endsWith("verdict: attention — 1 applied, 1 failed, 1 changed, no schema drift\n"), r.out());
    }
  }
}
