package dev.strata.model.migration;

import static dev.strata.model.migration.Project.names;
import static dev.strata.model.migration.Project.problemIds;
import static dev.strata.model.migration.Project.skippedNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** golang-migrate, goose, dbmate and plain folders: numbered files told apart by names and markers. */
class NumberedDiscoveryTest {
  private static final String GOOSE_UP = "-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n";
  private static final String DBMATE_UP = "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n";

  @Test
  void golangMigrateAppliesUpFilesInNumericOrder() {
    MigrationRoot root = Project.of()
        .with("migrations/10_c.up.sql", "migrations/10_c.down.sql", "migrations/2_b.up.sql", "migrations/2_b.down.sql",
            "migrations/1_a.up.sql", "migrations/1_a.down.sql")
        .root();

    assertEquals(Tool.GOLANG_MIGRATE, root.tool());
    assertEquals(List.of("1_a", "2_b", "10_c"), names(root));
    assertEquals(List.of("1", "2", "10"), root.migrations().stream().map(Migration::version).toList());
    assertTrue(root.skipped().isEmpty());
    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, root.migrations().get(0).transactionMode());
  }

  @Test
  void golangMigrateReportsPaddedDuplicateVersions() {
    MigrationRoot root = Project.of().with("migrations/0001_a.up.sql", "migrations/1_b.up.sql").root();

    assertEquals(List.of("duplicate-version@1_b.up.sql"), problemIds(root));
  }

  @Test
  void gooseOrdersTimestampsNumericallyAndListsGoMigrationsAsSkipped() {
    MigrationRoot root = Project.of(
            "db/migrations/20240115180414_init.sql", GOOSE_UP,
            "db/migrations/20240122014727_v0_6_0.sql", GOOSE_UP,
            "db/migrations/20240120000000_backfill.go", "package migrations\n",
            "db/migrations/migrations.go", "package migrations\n")
        .root();

    assertEquals(Tool.GOOSE, root.tool());
    assertEquals(List.of("20240115180414_init", "20240122014727_v0_6_0"), names(root));
    assertEquals(List.of("20240120000000_backfill.go"), skippedNames(root));
    assertTrue(root.skipped().get(0).reason().startsWith("Go migration"));
  }

  @Test
  void gooseNoTransactionMarkerRunsStatementsOnTheirOwn() {
    MigrationRoot root = Project.of(
            "migrations/001_init.sql", GOOSE_UP,
            "migrations/002_idx.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (id);\n")
        .root();

    assertEquals(TransactionMode.WRAPPED, root.migrations().get(0).transactionMode());
    assertEquals(TransactionMode.NONE, root.migrations().get(1).transactionMode());
  }

  @Test
  void gooseFileWithoutUpMarkerIsAnErrorOnceTheFolderIsGoose() {
    MigrationRoot root = Project.of(
            "migrations/001_init.sql", GOOSE_UP,
            "migrations/002_forgot.sql", "CREATE TABLE u (id int);\n")
        .root();

    assertEquals(List.of("missing-up-marker@002_forgot.sql"), problemIds(root));
    assertEquals("CREATE TABLE u (id int);\n", root.migrations().get(1).sql());
  }

  @Test
  void dbmateIsToldApartByItsMarkersAndOrdersByFileName() {
    MigrationRoot root = Project.of(
            "db/migrations/20240102000000_b.sql", DBMATE_UP,
            "db/migrations/20240101000000_a.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (id);\n")
        .root();

    assertEquals(Tool.DBMATE, root.tool());
    assertEquals(List.of("20240101000000_a", "20240102000000_b"), names(root));
    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, root.migrations().get(0).transactionMode());
    assertEquals(TransactionMode.WRAPPED, root.migrations().get(1).transactionMode());
  }

  @Test
  void plainFolderOrdersByNumericPrefix() {
    MigrationRoot root = Project.of().with("sql/1_a.sql", "sql/10_c.sql", "sql/2_b.sql").root();

    assertEquals(Tool.PLAIN, root.tool());
    assertEquals(List.of("1_a", "2_b", "10_c"), names(root));
    assertEquals(TransactionMode.WRAPPED, root.migrations().get(0).transactionMode());
  }

  @Test
  void plainMigrationsFolderWithoutNumbersOrdersByName() {
    MigrationRoot root = Project.of().with("db/migrations/create_users.sql", "db/migrations/add_email.sql").root();

    assertEquals(Tool.PLAIN, root.tool());
    assertEquals(List.of("add_email", "create_users"), names(root));
  }

  @Test
  void loneSqlFilesOutsideMigrationFoldersAreNotRoots() {
    assertEquals(List.of(), Project.of().with("queries/users.sql", "schema.sql", "db/seed.sql").discover());
  }
}
