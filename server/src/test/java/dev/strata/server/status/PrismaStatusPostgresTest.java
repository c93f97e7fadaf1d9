package dev.strata.server.status;

import static dev.strata.server.status.StatusTesting.migrationsDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.strata.model.migration.Migration;
import dev.strata.server.git.Checksums;
import dev.strata.server.status.StatusTesting.Run;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.ScratchDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata status} on the Prisma history of test-workspace/prisma-p3006 (made applicable),
 * replayed into a scratch database with {@code _prisma_migrations} rows written as Prisma writes them.
 */
class PrismaStatusPostgresTest {
  @TempDir Path dir;

  /** Writes one {@code _prisma_migrations} row; {@code second} orders the rows' {@code started_at}. */
  private static void row(DatabaseUrl db, String name, String checksum, boolean finished, String logs, int second)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbc());
        PreparedStatement ps = c.prepareStatement("INSERT INTO _prisma_migrations (id, checksum, finished_at, "
            + "migration_name, logs, started_at, applied_steps_count) VALUES (?, ?, "
            + "CASE WHEN ? THEN now() END, ?, ?, now() - interval '1 hour' + ? * interval '1 second', ?)")) {
      ps.setString(1, UUID.randomUUID().toString());
      ps.setString(2, checksum);
      ps.setBoolean(3, finished);
      ps.setString(4, name);
      ps.setString(5, logs);
      ps.setInt(6, second);
      ps.setInt(7, finished ? 1 : 0);
      ps.executeUpdate();
    }
  }

  private static String checksum(Path project, Migration m) throws IOException {
    return Checksums.sha256(Files.readAllBytes(project.resolve(m.file().path())));
  }

  /** Applies the first {@code count} migrations and records each as Prisma does; returns the history. */
  private List<Migration> deploy(ScratchDatabase db, int count) throws Exception {
    List<Migration> all = StatusTesting.onlyRoot(dir).migrations();
    StatusTesting.apply(db.url(), all.subList(0, count));
    for (int i = 0; i < count; i++) {
      row(db.url(), all.get(i).name(), checksum(dir, all.get(i)), true, null, i);
    }
    return all;
  }

  private static Map<String, String> states(JsonObject report) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (var e : report.getAsJsonArray("migrations")) {
      out.put(e.getAsJsonObject().get("name").getAsString(), e.getAsJsonObject().get("state").getAsString());
    }
    return out;
  }

  @Test
  void reportsChangedMissingFailedAndPendingMigrationsAndExitsOne() throws Exception {
    StatusTesting.prismaProject(dir);
    try (ScratchDatabase db = StatusTesting.scratch()) {
      List<Migration> all = deploy(db, 6);
      row(db.url(), all.get(6).name(), checksum(dir, all.get(6)), false,
          "Database error code: 42P07\nrelation \"clients\" already exists", 6);
      Path migrations = migrationsDir(dir);
      Files.writeString(migrations.resolve("20241221_initial_clean_baseline/migration.sql"),
          "-- edited after the deploy\n", java.nio.file.StandardOpenOption.APPEND);
      Path deleted = migrations.resolve("20241219_fix_onboarding_enum_name");
      Files.delete(deleted.resolve("migration.sql"));
      Files.delete(deleted);
      Path crlf = migrations.resolve("20241223_add_ops_alert_fields/migration.sql");
      Files.writeString(crlf, Files.readString(crlf).replace("\n", "\r\n"));

      Run json = StatusTesting.run(Map.of(), "--format", "json", "--database-url", db.url().jdbc(), dir.toString());
      assertEquals(1, json.exit(), json.err() + json.out());
      JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
      assertEquals(Map.of(
          "20241218_add_onboarding_state", "applied",
          "20241221_initial_clean_baseline", "changed",
          "20241223_add_ops_alert_fields", "applied",
          "20241223_align_schema_with_production", "applied",
          "20241224_add_alert_log_and_twilio_pool", "applied",
          "20251213_init_clean", "failed",
          "20251214_bootstrap_default_client", "pending",
          "20241219_fix_onboarding_enum_name", "missing"), states(o));
      assertEquals(List.of("20241218_add_onboarding_state", "20241221_initial_clean_baseline",
          "20241223_add_ops_alert_fields", "20241223_align_schema_with_production",
          "20241224_add_alert_log_and_twilio_pool", "20251213_init_clean", "20251214_bootstrap_default_client",
          "20241219_fix_onboarding_enum_name"), new ArrayList<>(states(o).keySet()));
      assertEquals("attention", o.get("verdict").getAsString());
      assertTrue(o.get("read_only").getAsBoolean());
      assertEquals("public._prisma_migrations", o.get("table").getAsString());
      assertEquals(0, o.getAsJsonArray("drift").size(), json.out());
      assertEquals("20241224_add_alert_log_and_twilio_pool", o.get("drift_after").getAsString());
      JsonArray entries = o.getAsJsonArray("migrations");
      assertEquals("Database error code: 42P07",
          entries.get(5).getAsJsonObject().get("detail").getAsString());

      Run text = StatusTesting.run(Map.of(), "--database-url", db.url().jdbc(), dir.toString());
      assertEquals(1, text.exit());
      assertTrue(text.out().contains("(read in a READ ONLY transaction)"), text.out());
      assertTrue(text.out().matches("(?s).*\n  changed +20241221_initial_clean_baseline +applied with checksum "
          + "[0-9a-f]{12}…, the file's is now [0-9a-f]{12}…\n.*"), text.out());
      assertTrue(text.out().contains("  missing     20241219_fix_onboarding_enum_name"), text.out());
      assertTrue(text.out().contains("schema drift after 20241224_add_alert_log_and_twilio_pool: none"), text.out());
      assertTrue(text.out().endsWith("verdict: attention — 4 applied, 1 pending, 1 failed, 1 changed, 1 missing, "
          + "no schema drift\n"), text.out());
    }
  }

  @Test
  void pendingMigrationsAloneExitZeroWithANote() throws Exception {
    StatusTesting.prismaProject(dir);
    try (ScratchDatabase db = StatusTesting.scratch()) {
      deploy(db, 7);
      Run r = StatusTesting.run(Map.of(StatusCommandTest.URL, db.url().jdbc()), dir.toString());
      assertEquals(0, r.exit(), r.out() + r.err());
      assertTrue(r.out().contains("  pending     20251214_bootstrap_default_client\n"), r.out());
      assertTrue(r.out().endsWith("verdict: ok — 7 applied, 1 pending, no schema drift "
          + "(the next deploy applies the 1 pending)\n"), r.out());
    }
  }

  @Test
  void reportsSchemaDriftMadeByHandAfterTheLastMigration() throws Exception {
    StatusTesting.prismaProject(dir);
    try (ScratchDatabase db = StatusTesting.scratch()) {
      deploy(db, 8);
      Run clean = StatusTesting.run(Map.of(), "--database-url", db.url().jdbc(), dir.toString());
      assertEquals(0, clean.exit(), clean.out() + clean.err());
      assertTrue(clean.out().endsWith("verdict: ok — 8 applied, no schema drift\n"), clean.out());

      StatusTesting.execute(db.url(), "ALTER TABLE clients ALTER COLUMN \"opsAlertsMuted\" DROP NOT NULL;"
          + " ALTER TABLE clients ADD COLUMN hand_added text; CREATE TABLE hotfix_audit (id int)");
      Run drift = StatusTesting.run(Map.of(), "--format", "json", "--database-url", db.url().jdbc(), dir.toString());
      assertEquals(1, drift.exit(), drift.out());
      JsonObject o = JsonParser.parseString(drift.out()).getAsJsonObject();
      List<String> found = new ArrayList<>();
      o.getAsJsonArray("drift").forEach(d -> {
        JsonObject x = d.getAsJsonObject();
        found.add(x.get("object").getAsString() + " " + x.get("aspect").getAsString() + " "
            + x.get("model").getAsString() + " -> " + x.get("database").getAsString());
      });
      assertEquals(List.of(
          "table public.clients column hand_added exists absent -> present",
          "table public.clients column opsAlertsMuted not_null true -> false",
          "table public.hotfix_audit exists absent -> present"), found);
      assertEquals("20251214_bootstrap_default_client", o.get("drift_after").getAsString());

      Run text = StatusTesting.run(Map.of(), "--database-url", db.url().jdbc(), dir.toString());
      assertTrue(text.out().contains("  table public.hotfix_audit: only in the database\n"), text.out());
      assertTrue(text.out().contains(
          "  table public.clients column opsAlertsMuted not_null: migrations say true, the database has false\n"),
          text.out());
      assertFalse(text.out().contains("_prisma_migrations:"), text.out());
    }
  }
}
