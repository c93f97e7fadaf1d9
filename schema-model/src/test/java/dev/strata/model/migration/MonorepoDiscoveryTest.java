package dev.strata.model.migration;

import static dev.strata.model.migration.Project.names;
import static dev.strata.model.migration.Project.problemIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several roots in one project, ignored folders, and what a configuration forces. */
class MonorepoDiscoveryTest {
  private static Project monorepo() {
    return Project.of(
            "services/api/migrations/001_init.sql", "-- +goose Up\nCREATE TABLE a (id int);\n",
            "services/jobs/src/main/resources/db/migration/V1__init.sql", "CREATE TABLE b (id int);\n")
        .with("apps/web/prisma/migrations/20240101_init/migration.sql",
            "node_modules/some-lib/prisma/migrations/20200101_x/migration.sql",
            "services/jobs/target/classes/db/migration/V1__init.sql",
            ".git/migrations/0001_x.up.sql");
  }

  @Test
  void findsEveryRootAndSkipsIgnoredFolders() {
    List<MigrationRoot> roots = monorepo().discover();

    assertEquals(
        List.of("apps/web/prisma/migrations:prisma", "services/api/migrations:goose",
            "services/jobs/src/main/resources/db/migration:flyway"),
        roots.stream().map(r -> r.directory() + ":" + r.tool().id()).toList());
  }

  @Test
  void ignoredFoldersAreNeverRead() {
    Project p = monorepo();
    p.discover();

    assertTrue(p.reads().stream().noneMatch(r -> r.contains("node_modules") || r.contains("target/")), p.reads().toString());
  }

  @Test
  void configuredRootsAreReadWithTheirDetectedToolEvenInsideIgnoredFolders() {
    List<MigrationRoot> roots = monorepo()
        .discover(DiscoveryOptions.DETECT.withRoots(List.of("./services/jobs/target/classes/db/migration/", "services/api/migrations")));

    assertEquals(2, roots.size());
    assertEquals(Tool.FLYWAY, roots.get(0).tool());
    assertEquals(List.of("V1__init"), names(roots.get(0)));
    assertEquals(Tool.GOOSE, roots.get(1).tool());
  }

  @Test
  void configuredToolAndRootOverrideDetection() {
    MigrationRoot root = Project.of("db/001_a.sql", "CREATE TABLE a (id int);\n", "db/002_b.sql", "-- +goose Up\nSELECT 1;\n")
        .discover(new DiscoveryOptions(Optional.of(Tool.GOOSE), List.of("db")))
        .get(0);

    assertEquals(Tool.GOOSE, root.tool());
    assertEquals(List.of("missing-up-marker@001_a.sql"), problemIds(root));
  }

  @Test
  void configuredToolAloneRereadsDetectedRootsAndDropsTheOnesItCannotRead() {
    List<MigrationRoot> roots = monorepo().discover(DiscoveryOptions.DETECT.withTool(Tool.FLYWAY));

    assertEquals(List.of("services/jobs/src/main/resources/db/migration"), roots.stream().map(MigrationRoot::directory).toList());
  }

  @Test
  void configuredRootWithoutMigrationsIsReported() {
    MigrationRoot root = monorepo().discover(DiscoveryOptions.DETECT.withRoots(List.of("nowhere"))).get(0);

    assertTrue(root.migrations().isEmpty());
    assertEquals(List.of("empty-migration-root@nowhere"), problemIds(root));
  }

  @Test
  void detectionReadsOnlyFilesItNeeds() {
    Project p = Project.of().with("docs/readme.md", "migrations/1_a.up.sql", "migrations/1_a.down.sql");
    MigrationRoot root = p.root();

    assertEquals(Tool.GOLANG_MIGRATE, root.tool());
    assertFalse(p.reads().contains("docs/readme.md"));
    assertFalse(p.reads().contains("migrations/1_a.down.sql"));
  }
}
