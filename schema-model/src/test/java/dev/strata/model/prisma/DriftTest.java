package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.LineIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTest {
  static final String LAST = "20251214_bootstrap_default_client";

  /** The drift PostgreSQL confirms once the history's DO blocks run (cf. corpus seed_p3006/DRIFT.txt). */
  static final List<String> TRUE_DRIFT = List.of(
      "86 BillingStatus | enum BillingStatus has labels [PENDING_SETUP, TRIAL, ACTIVE, PAST_DUE, GRACE_PERIOD,"
          + " SUSPENDED, CANCELED] but type \"BillingStatus\" has [TRIAL, ACTIVE, PAST_DUE, CANCELED]",
      "97 PaymentSource | enum PaymentSource has no type \"PaymentSource\"",
      "183 AdminAction | model AdminAction has no table admin_actions",
      "164 ClientBilling | model ClientBilling has no table client_billing",
      "148 ClientControls | model ClientControls has no table client_controls",
      "320 acknowledgedAt | field AlertLog.acknowledged_at has no column alert_logs.acknowledged_at",
      "321 acknowledgedBy | field AlertLog.acknowledged_by has no column alert_logs.acknowledged_by",
      "322 resolution | field AlertLog.resolution has no column alert_logs.resolution",
      "108 Client | column clients.\"opsAlertsMuted\" (boolean) exists but model Client has no field for it",
      "108 Client | column clients.\"paymentGateAlertCount\" (integer) exists but model Client has no field for it",
      "108 Client | column clients.\"paymentGateAlertedAt\" (timestamp(3) without time zone) exists but model Client"
          + " has no field for it",
      "328 @@index([alertKey]) | index alert_logs_alert_key_idx (alert_key) is missing",
      "327 @@index([alertType]) | index alert_logs_alert_type_idx (alert_type) is missing",
      "311 AlertLog | unique index alert_logs_alert_type_alert_key_key (alert_type, alert_key) exists but is not in"
          + " the schema",
      "108 Client | index \"clients_paymentGateAlertedAt_idx\" (\"paymentGateAlertedAt\") exists but is not in the"
          + " schema");

  @Test
  void reportsEachDifferenceOfTheWorkspaceAtItsModelFieldOrAttribute() throws IOException {
    assertEquals(sorted(TRUE_DRIFT), sorted(render(workspaceDrift())));
  }

  @Test
  void namesTheModelTableAndLastMigration() throws IOException {
    List<Diagnostic> drift = workspaceDrift();
    assertTrue(drift.stream().anyMatch(d -> d.message().equals(
        "model ClientControls has no table client_controls after the last migration (" + LAST + ")")));
    assertTrue(drift.stream().allMatch(d -> d.code().equals(Drift.CODE)));
  }

  @Test
  void identicalCatalogsHaveNoDrift() {
    PrismaSchema schema = Workspace3006.schema();
    assertEquals(List.of(), Drift.compare(PrismaCatalog.of(schema), PrismaCatalog.of(schema), schema));
  }

  static List<Diagnostic> workspaceDrift() throws IOException {
    Analysis a = Workspace3006.analysis();
    PrismaSchema schema = Workspace3006.schema();
    return Drift.compare(a.finalCatalog(), PrismaCatalog.of(schema), schema, LAST);
  }

  /** {@code line firstWordOfRange | message} without the repeated "after the last migration" phrase. */
  static List<String> render(List<Diagnostic> drift) {
    String text = Workspace3006.schemaText();
    LineIndex idx = LineIndex.of(text);
    List<String> out = new ArrayList<>();
    for (Diagnostic d : drift) {
      String at = d.range().range().slice(text).lines().findFirst().orElse("");
      at = at.startsWith("@") ? at : at.split("\\s+")[0];
      out.add((idx.line(d.range().range().start()) + 1) + " " + at + " | "
          + d.message().replace(" after the last migration (" + LAST + ")", ""));
    }
    return out;
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }
}
