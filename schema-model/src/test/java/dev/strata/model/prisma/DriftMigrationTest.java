package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated migration, appended to the history and re-analysed, is clean and closes the drift. */
class DriftMigrationTest {
  static final FileId NEW = new FileId("apps/backend/prisma/migrations/20251215_phase5/migration.sql");

  @Test
  void appendedMigrationHasNoErrorsAndLeavesOnlyTheCommentedDestructiveSteps() throws IOException {
    Result r = appendAndAnalyse(false);
    assertEquals(List.of(), errors(r.analysis()));
    assertEquals(List.of(
        "108 Client | column clients.\"opsAlertsMuted\" (boolean) exists but model Client has no field for it",
        "108 Client | column clients.\"paymentGateAlertCount\" (integer) exists but model Client has no field for it",
        "108 Client | column clients.\"paymentGateAlertedAt\" (timestamp(3) without time zone) exists but model Client"
            + " has no field for it"),
        DriftTest.render(r.drift()).stream().map(s -> s.replace(" after the last migration (20251215_phase5)", "")).sorted().toList());
    assertTrue(r.sql().contains("-- WARNING: dropping column clients.\"opsAlertsMuted\" loses its data"),
        r.sql());
  }

  @Test
  void withDestructiveStepsTheDriftIsClosed() throws IOException {
    Result r = appendAndAnalyse(true);
    assertEquals(List.of(), errors(r.analysis()));
    assertEquals(List.of(), r.drift());
  }

  @Test
  void copiesTheAlertFieldsThatMovedFromClientsToClientControls() throws IOException {
    String sql = appendAndAnalyse(false).sql();
    assertTrue(sql.contains("INSERT INTO client_controls (client_id, ops_alerts_muted, payment_gate_alert_count,"
        + " payment_gate_alerted_at, updated_at)\nSELECT id, \"opsAlertsMuted\", \"paymentGateAlertCount\","
        + " \"paymentGateAlertedAt\", CURRENT_TIMESTAMP FROM clients"), sql);
    assertTrue(sql.indexOf("CREATE TABLE client_controls") < sql.indexOf("INSERT INTO client_controls"), sql);
    assertTrue(sql.indexOf("INSERT INTO client_controls") < sql.indexOf("-- AddForeignKey"), sql);
  }

  @Test
  void noDriftMeansNoMigration() {
    Catalog c = PrismaCatalog.of(Workspace3006.schema());
    assertEquals("", DriftMigration.sql(c, c));
  }

  record Result(String sql, Analysis analysis, List<Diagnostic> drift) {}

  static Result appendAndAnalyse(boolean destructive) throws IOException {
    List<Migration> history = new ArrayList<>(Workspace3006.migrations());
    PrismaSchema schema = Workspace3006.schema();
    Catalog prisma = PrismaCatalog.of(schema);
    String sql = DriftMigration.sql(Analysis.of(history).finalCatalog(), prisma, destructive);
    history.add(Migration.whole(NEW, "20251215_phase5", "20251215", Tool.PRISMA, TransactionMode.IMPLICIT_SINGLE_QUERY,
        sql));
    Analysis a = Analysis.of(history);
    return new Result(sql, a, Drift.compare(a.finalCatalog(), prisma, schema, "20251215_phase5"));
  }

  private static List<Diagnostic> errors(Analysis a) {
    return a.diagnostics(NEW).stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }
}
