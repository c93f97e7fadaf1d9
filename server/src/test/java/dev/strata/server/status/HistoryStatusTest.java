package dev.strata.server.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import dev.strata.server.git.Checksums;
import dev.strata.server.status.AppliedRecord.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files against bookkeeping rows, without a database. */
class HistoryStatusTest {
  private static Migration file(Tool tool, String path, String name, String version, String text) {
    return Migration.whole(new FileId(path), name, version, tool, TransactionMode.WRAPPED, text);
  }

  private static List<String> states(HistoryStatus h) {
    return h.entries().stream().map(e -> e.name() + " " + e.state().label()).toList();
  }

  private static HistoryStatus of(List<Migration> files, Recorded recorded) {
    return HistoryStatus.of(files, recorded, m -> m.text().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void golangMigrateCountsEveryVersionBelowTheRecordedOneAndReportsItDirty() {
    List<Migration> files = List.of(
        file(Tool.GOLANG_MIGRATE, "m/0001_a.up.sql", "0001_a", "0001", "SELECT 1;"),
        file(Tool.GOLANG_MIGRATE, "m/0002_b.up.sql", "0002_b", "0002", "SELECT 2;"),
        file(Tool.GOLANG_MIGRATE, "m/0003_c.up.sql", "0003_c", "0003", "SELECT 3;"));
    Recorded dirty = new Recorded(Optional.of("public.schema_migrations"),
        List.of(new AppliedRecord("2", "2", Optional.empty(), Outcome.FAILED, Optional.of("dirty"))), true);
    HistoryStatus h = of(files, dirty);
    assertEquals(List.of("0001_a applied", "0002_b failed", "0003_c pending"), states(h));
    assertEquals(List.of("0001_a"), h.inDatabase().stream().map(Migration::name).toList());
  }

  @Test
  void prismaChecksumToleratesLineEndsAndOldUnpaddedFormButNotContent() {
    String lf = "CREATE TABLE t (id int);\nSELECT 1;\n";
    byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    String recorded = Checksums.sha256(lf.getBytes(StandardCharsets.UTF_8));
    assertTrue(FileChecksum.matches(Tool.PRISMA, crlf, recorded));
    assertTrue(FileChecksum.matches(Tool.PRISMA, lf.getBytes(StandardCharsets.UTF_8),
        Checksums.sha256(crlf)));
    assertFalse(FileChecksum.matches(Tool.PRISMA, (lf + "-- edit\n").getBytes(StandardCharsets.UTF_8), recorded));
    // "hello" hashes to 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824; old Prisma wrote
    // each byte without its leading zero ("0e" as "e", "04" as "4").
    String unpadded = "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824";
    assertTrue(FileChecksum.matches(Tool.PRISMA, "hello".getBytes(StandardCharsets.UTF_8), unpadded));
  }

  @Test
  void prismaRolledBackAttemptIsPendingAgainAndRowsWithoutFilesComeLast() {
    List<Migration> files = List.of(
        file(Tool.PRISMA, "p/1_a/migration.sql", "1_a", "1", "SELECT 1;"),
        file(Tool.PRISMA, "p/2_b/migration.sql", "2_b", "2", "SELECT 2;"));
    Recorded rows = new Recorded(Optional.of("public._prisma_migrations"), List.of(
        new AppliedRecord("0_gone", "0_gone", Optional.of("x"), Outcome.APPLIED, Optional.empty()),
        new AppliedRecord("1_a", "1_a", Optional.of(Checksums.sha256("SELECT 1;".getBytes(StandardCharsets.UTF_8))),
            Outcome.APPLIED, Optional.empty()),
        new AppliedRecord("2_b", "2_b", Optional.of("y"), Outcome.ROLLED_BACK, Optional.empty())), false);
    HistoryStatus h = of(files, rows);
    assertEquals(List.of("1_a applied", "2_b rolled-back", "0_gone missing"), states(h));
  }

  @Test
  void flywayVersionsCompareAsFlywayDoes() {
    assertEquals(Optional.of("1.1"), MigrationKeys.flywayVersion("01_1_0"));
    assertEquals(Optional.of("2"), MigrationKeys.flywayVersion("2.0.0"));
    assertTrue(MigrationKeys.compareFlyway("1.10", "1.9") > 0);
    Migration v = file(Tool.FLYWAY, "db/V1_1__x.sql", "V1_1__x", "1_1", "SELECT 1;");
    Migration below = file(Tool.FLYWAY, "db/V1__w.sql", "V1__w", "1", "SELECT 0;");
    Recorded baseline = new Recorded(Optional.of("public.flyway_schema_history"),
        List.of(new AppliedRecord("1", "1 << Flyway Baseline >>", Optional.empty(), Outcome.BASELINE, Optional.empty())),
        false);
    assertEquals(List.of("V1__w baseline", "V1_1__x pending"), states(of(List.of(below, v), baseline)));
  }
}
