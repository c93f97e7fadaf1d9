package dev.strata.model.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {
  private static final FileId FILE = new FileId(Workspace3006.SCHEMA_PATH);

  @Test
  void holdsTheWorkspaceDriftAndTheMigrationThatClosesIt() throws IOException {
    Analysis a = Workspace3006.analysis();
    SchemaDrift d = SchemaDrift.of(List.of(new PrismaSchema.Source(FILE, Workspace3006.schemaText())), a);
    assertEquals(DriftTest.workspaceDrift(), d.diagnostics());
    assertEquals(d.diagnostics(), d.diagnostics(FILE));
    assertEquals(List.of(), d.diagnostics(new FileId("other.prisma")));
    assertTrue(d.drifts());
    assertEquals(DriftMigration.sql(a.finalCatalog(), PrismaCatalog.of(d.schema())), d.migrationSql());
  }

  @Test
  void theClosingMigrationIsStampedInUtcNextToTheOthers() {
    Instant now = Instant.parse("2026-03-04T05:06:07Z");
    assertEquals(new FileId("apps/backend/prisma/migrations/20260304050607_close_schema_drift/migration.sql"),
        SchemaDrift.closingMigrationFile("apps/backend/prisma/migrations", now));
    assertEquals(new FileId("20260304050607_close_schema_drift/migration.sql"), SchemaDrift.closingMigrationFile("", now));
  }

  @Test
  void parseProblemsComeFirstAndAreNotDrift() throws IOException {
    String broken = Workspace3006.schemaText().replace("model WebhookEvent {", "model WebhookEvent {\n  !!!");
    SchemaDrift d = SchemaDrift.of(List.of(new PrismaSchema.Source(FILE, broken)), Workspace3006.analysis());
    Diagnostic first = d.diagnostics().get(0);
    assertEquals(PrismaSchema.SYNTAX, first.code());
    assertEquals(broken.indexOf("!!!"), first.range().range().start());
    assertFalse(d.diagnostics().stream().skip(1).anyMatch(x -> x.code().equals(PrismaSchema.SYNTAX)));
  }
}
