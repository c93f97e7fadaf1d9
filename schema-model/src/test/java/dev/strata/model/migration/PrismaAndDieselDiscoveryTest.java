package dev.strata.model.migration;

import static dev.strata.model.migration.Project.names;
import static dev.strata.model.migration.Project.skippedNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaAndDieselDiscoveryTest {
  @Test
  void prismaFoldersApplyInByteOrderAndFoldersWithoutSqlAreSkipped() {
    MigrationRoot root = Project.of(
            "prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n",
            "prisma/migrations/20241223_align_schema_with_production/migration.sql", "ALTER TABLE a ADD b int;\n",
            "prisma/migrations/20241218_init/migration.sql", "CREATE TABLE a (id int);\n",
            "prisma/migrations/20241220_Backfill/migration.sql", "UPDATE a SET id = 1;\n",
            "prisma/migrations/20241219_data/migration.ts", "export {}\n",
            "prisma/schema.prisma", "model A {}\n")
        .root();

    assertEquals("prisma/migrations", root.directory());
    assertEquals(Tool.PRISMA, root.tool());
    assertEquals(List.of("20241218_init", "20241220_Backfill", "20241223_align_schema_with_production"), names(root));
    assertEquals(List.of("20241219_data"), skippedNames(root));
    Migration last = root.migrations().get(2);
    assertEquals("prisma/migrations/20241223_align_schema_with_production/migration.sql", last.file().path());
    assertEquals("20241223", last.version());
    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, last.transactionMode());
    assertEquals(last.text(), last.sql());
  }

  @Test
  void prismaOrderIsByteOrderNotCaseInsensitive() {
    MigrationRoot root = Project.of()
        .with("m/migrations/b_second/migration.sql", "m/migrations/B_first/migration.sql", "m/migrations/a_third/migration.sql")
        .root();

    assertEquals(List.of("B_first", "a_third", "b_second"), names(root));
  }

  @Test
  void prismaFolderWithoutLockFileIsStillFound() {
    MigrationRoot root = Project.of().with("db/migrations/0001_init/migration.sql").root();

    assertEquals("db/migrations", root.directory());
    assertEquals(Tool.PRISMA, root.tool());
  }

  @Test
  void dieselFoldersOrderByDashlessVersionAndMetadataLiftsTheTransaction() {
    MigrationRoot root = Project.of(
            "migrations/2024-01-02-000000_posts/up.sql", "CREATE TABLE posts (id int);\n",
            "migrations/2024-01-02-000000_posts/down.sql", "DROP TABLE posts;\n",
            "migrations/00000000000000_diesel_initial_setup/up.sql", "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql;\n",
            "migrations/2024-03-01-000000_idx/up.sql", "CREATE INDEX CONCURRENTLY i ON posts (id);\n",
            "migrations/2024-03-01-000000_idx/metadata.toml", "run_in_transaction = false\n",
            "migrations/2024-02-01-000000_empty/down.sql", "SELECT 1;\n")
        .root();

    assertEquals(Tool.DIESEL, root.tool());
    assertEquals(List.of("00000000000000_diesel_initial_setup", "2024-01-02-000000_posts", "2024-03-01-000000_idx"), names(root));
    assertEquals(List.of("2024-02-01-000000_empty"), skippedNames(root));
    assertEquals("20240102000000", root.migrations().get(1).version());
    assertEquals(TransactionMode.WRAPPED, root.migrations().get(1).transactionMode());
    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, root.migrations().get(2).transactionMode());
  }

  @Test
  void dieselRereadKeepsTheModeMetadataDecided() {
    MigrationRoot root = Project.of(
            "migrations/2024-03-01-000000_idx/up.sql", "CREATE INDEX CONCURRENTLY i ON t (id);\n",
            "migrations/2024-03-01-000000_idx/metadata.toml", "run_in_transaction = false\n")
        .root();

    Migration edited = root.migrations().get(0).withText("CREATE INDEX CONCURRENTLY j ON t (id);\n");

    assertEquals(TransactionMode.IMPLICIT_SINGLE_QUERY, edited.transactionMode());
    assertEquals("CREATE INDEX CONCURRENTLY j ON t (id);\n", edited.sql());
  }
}
