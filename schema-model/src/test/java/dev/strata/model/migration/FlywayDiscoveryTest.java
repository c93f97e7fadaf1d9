package dev.strata.model.migration;

import static dev.strata.model.migration.Project.names;
import static dev.strata.model.migration.Project.problemIds;
import static dev.strata.model.migration.Project.skippedNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlywayDiscoveryTest {
  private static final String DIR = "src/main/resources/db/migration/";

  private static Project flyway(String... fileNames) {
    Project p = Project.of();
    for (String f : fileNames) {
      p.with(DIR + f);
    }
    return p;
  }

  @Test
  void versionsCompareNumericallyPartByPart() {
    MigrationRoot root = flyway("V10__ten.sql", "V2__two.sql", "V1_1__one_one.sql", "V1__one.sql", "V1.2.1__x.sql").root();

    assertEquals(Tool.FLYWAY, root.tool());
    assertEquals("src/main/resources/db/migration", root.directory());
    assertEquals(List.of("V1__one", "V1_1__one_one", "V1.2.1__x", "V2__two", "V10__ten"), names(root));
    assertEquals("1_1", root.migrations().get(1).version());
  }

  @Test
  void highestBaselineAppliesFirstAndHidesVersionsAtOrBelowIt() {
    MigrationRoot root = flyway("B1_20_0__baseline.sql", "B1_5__old_baseline.sql", "V1_19__old.sql", "V1_20__same.sql",
            "V1_20_1__next.sql", "V1_21__later.sql")
        .root();

    assertEquals(List.of("B1_20_0__baseline", "V1_20_1__next", "V1_21__later"), names(root));
    assertEquals(List.of("B1_5__old_baseline.sql", "V1_19__old.sql", "V1_20__same.sql"), skippedNames(root));
  }

  @Test
  void repeatablesApplyLastOrderedByDescriptionAndUndoFilesAreSkipped() {
    MigrationRoot root = flyway("R__views.sql", "R__functions.sql", "V1__init.sql", "U1__init.sql").root();

    assertEquals(List.of("V1__init", "R__functions", "R__views"), names(root));
    assertEquals(List.of("U1__init.sql"), skippedNames(root));
    assertTrue(root.problems().isEmpty());
  }

  @Test
  void migrationsInSubfoldersBelongToTheRoot() {
    MigrationRoot root = flyway("V1__init.sql", "v2/V2__more.sql").root();

    assertEquals(List.of("V1__init", "V2__more"), names(root));
  }

  @Test
  void versionEqualAfterTrailingZerosIsADuplicate() {
    MigrationRoot root = flyway("V1__a.sql", "V1.0__b.sql").root();

    // Equal versions keep file-name order ('.' sorts before '_'), so V1__a is the second one.
    assertEquals(List.of("V1.0__b", "V1__a"), names(root));
    assertEquals(List.of("duplicate-version@V1__a.sql"), problemIds(root));
    Diagnostic d = root.problems().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(TextRange.EMPTY, d.range().range());
    assertTrue(d.message().contains("V1.0__b.sql"), d.message());
  }

  @Test
  void warnsOnceWhereNumericOrderLeavesFileNameOrder() {
    MigrationRoot root = flyway("V1_1__a.sql", "V1_2__b.sql", "V1_9__c.sql", "V1_10__d.sql", "V1_11__e.sql").root();

    assertEquals(List.of("V1_1__a", "V1_2__b", "V1_9__c", "V1_10__d", "V1_11__e"), names(root));
    assertEquals(List.of("version-order@V1_10__d.sql"), problemIds(root));
    assertEquals(Severity.WARNING, root.problems().get(0).severity());
  }

  @Test
  void misnamedSqlFileIsSkippedWithAWarning() {
    MigrationRoot root = flyway("V1__init.sql", "V2_missing_double_underscore.sql", "Vx__letters.sql").root();

    assertEquals(List.of("V1__init"), names(root));
    assertEquals(List.of("V2_missing_double_underscore.sql", "Vx__letters.sql"), skippedNames(root));
    assertEquals(
        List.of("invalid-migration-name@V2_missing_double_underscore.sql", "invalid-migration-name@Vx__letters.sql"),
        problemIds(root));
  }

  @Test
  void fileMentioningConcurrentlyRunsOutsideATransaction() {
    MigrationRoot root = Project.of(
            DIR + "V1__init.sql", "CREATE TABLE t (id int);\n",
            DIR + "V2__idx.sql", "CREATE INDEX concurrently i ON t (id);\n")
        .root();

    assertEquals(TransactionMode.WRAPPED, root.migrations().get(0).transactionMode());
    assertEquals(TransactionMode.NONE, root.migrations().get(1).transactionMode());
    assertEquals(TransactionMode.NONE,
        root.migrations().get(0).withText("DROP INDEX CONCURRENTLY i;\n").transactionMode());
  }

  @Test
  void vendorFoldersBesideEachOtherAreSeparateRoots() {
    List<MigrationRoot> roots = Project.of()
        .with("db/migration/POSTGRESQL/V1__init.sql", "db/migration/MYSQL/V1__init.sql", "db/migration/MYSQL/V2__more.sql")
        .discover();

    assertEquals(List.of("db/migration/MYSQL", "db/migration/POSTGRESQL"), roots.stream().map(MigrationRoot::directory).toList());
    assertEquals(2, roots.get(0).migrations().size());
  }
}
