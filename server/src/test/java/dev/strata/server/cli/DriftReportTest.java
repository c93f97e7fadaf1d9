package dev.strata.server.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DriftReportTest {
  @Test
  void reportsDriftOfThePrismaWorkspaceAtSchemaPositions() throws Exception {
    String out = DriftReport.render(Path.of("../test-workspace/prisma-p3006"));
    assertTrue(out.contains("apps/backend/prisma/schema.prisma:148:7 warning[schema-drift] model ClientControls has no"
        + " table client_controls after the last migration (20251214_bootstrap_default_client)"), out);
    assertTrue(out.contains("apps/backend/prisma/schema.prisma:311:7 warning[schema-drift] unique index"
        + " alert_logs_alert_type_alert_key_key (alert_type, alert_key) exists"), out);
    assertTrue(out.endsWith("drift: 15 differences between apps/backend/prisma/migrations and its Prisma schema\n"),
        out);
  }
}
