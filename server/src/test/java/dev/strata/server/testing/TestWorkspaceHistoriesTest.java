package dev.strata.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample projects in {@code test-workspace/} tell the stories their READMEs describe, as
 * judged by a real PostgreSQL 15: exactly one known error where one is intended, none elsewhere.
 * File lists are spelled out in the tool's order so that adding a migration forces a look here.
 */
class TestWorkspaceHistoriesTest {

  private static final String BAD_BACKFILL = """
      UPDATE "onboarding_states" os
      SET "clientId" = c."clientId"
      FROM "customers" c
      WHERE os."customer_id" = c."id"
        AND os."clientId" IS NULL;
      """;

  private static final List<String> PRISMA = Stream.of(
          "20241218_add_onboarding_state", "20241219_fix_onboarding_enum_name",
          "20241221_initial_clean_baseline", "20241223_add_ops_alert_fields",
          "20241223_align_schema_with_production", "20241224_add_alert_log_and_twilio_pool",
          "20251213_init_clean", "20251214_bootstrap_default_client")
      .map(d -> d + "/migration.sql").toList();

  private static final List<String> FLYWAY = List.of("V1__init.sql", "V1.1__add_product_sku.sql",
      "V2__orders.sql", "V10__inventory_reservations.sql", "R__views.sql");

  private static final List<String> GOLANG_MIGRATE = List.of("000001_create_users.up.sql",
      "000002_create_posts.up.sql", "000003_add_slug_and_tags.up.sql",
      "000004_reading_time_replaces_summary.up.sql", "000005_create_comments.up.sql");

  private static Path workspace(String relative) {
    return Path.of(System.getProperty("strata.root", "..")).resolve("test-workspace").resolve(relative);
  }

  @Test
  void prismaHistoryFailsOnlyOnTheCustomerIdBackfill() throws IOException, SQLException {
    Path dir = workspace("prisma-p3006/apps/backend/prisma/migrations");
    assertListed(dir, PRISMA);

    HistoryReplay.Result broken = HistoryReplay.replay(dir, PRISMA, UnaryOperator.identity());
    assertEquals(PRISMA.subList(0, 4), broken.applied());
    assertEquals(Optional.of(new HistoryReplay.Failure(PRISMA.get(4), "42703",
        "column os.customer_id does not exist")), broken.failure().map(TestWorkspaceHistoriesTest::withoutPosition));

    String source = Files.readString(dir.resolve(PRISMA.get(4)));
    assertTrue(source.contains(BAD_BACKFILL), "the backfill statement changed; update this test");
    HistoryReplay.Result fixed = HistoryReplay.replay(dir, PRISMA, sql -> sql.replace(BAD_BACKFILL, ""));
    assertEquals(new HistoryReplay.Result(PRISMA, Optional.empty()), fixed);
  }

  @Test
  void flywayHistoryAppliesCleanly() throws IOException, SQLException {
    Path dir = workspace("flyway-shop/src/main/resources/db/migration");
    assertListed(dir, FLYWAY);
    assertEquals(new HistoryReplay.Result(FLYWAY, Optional.empty()),
        HistoryReplay.replay(dir, FLYWAY, UnaryOperator.identity()));
  }

  @Test
  void golangMigrateHistoryFailsOnlyOnTheStaleDropColumn() throws IOException, SQLException {
    Path dir = workspace("golang-migrate-blog/migrations");
    assertListed(dir, GOLANG_MIGRATE);

    HistoryReplay.Result broken = HistoryReplay.replay(dir, GOLANG_MIGRATE, UnaryOperator.identity());
    assertEquals(GOLANG_MIGRATE.subList(0, 3), broken.applied());
    assertEquals(Optional.of(new HistoryReplay.Failure(GOLANG_MIGRATE.get(3), "42703",
        "column \"summary\" of relation \"posts\" does not exist")), broken.failure());

    String drop = "ALTER TABLE posts DROP COLUMN summary;";
    HistoryReplay.Result fixed = HistoryReplay.replay(dir, GOLANG_MIGRATE, sql -> sql.replace(drop, ""));
    assertEquals(new HistoryReplay.Result(GOLANG_MIGRATE, Optional.empty()), fixed);
  }

  /** The replayed up files are exactly the expected ones (down files and the lock file aside). */
  private static void assertListed(Path dir, List<String> expected) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> found = files.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".sql") && !name.endsWith(".down.sql"))
          .sorted().toList();
      assertEquals(expected.stream().sorted().toList(), found);
    }
  }

  /** PgJDBC appends "  Position: n" to the message; the position is the oracle's business. */
  private static HistoryReplay.Failure withoutPosition(HistoryReplay.Failure f) {
    return new HistoryReplay.Failure(f.file(), f.sqlState(), f.message().replaceFirst("\\s+Position: \\d+$", ""));
  }
}
