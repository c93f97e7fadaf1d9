package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code strata/timeline} and {@code strata/diagram} over the protocol on test-workspace/prisma-p3006. */
class TimelineServerTest {
  private static final Path ALIGN = FeaturesServerTest.ALIGN;
  private LspHarness lsp;

  @BeforeEach
  void start() throws Exception {
    lsp = new LspHarness().start(FeaturesServerTest.FOLDER, null);
    lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
  }

  @AfterEach
  void stop() throws Exception {
    lsp.close();
  }

  @Test
  void timelineListsEveryMigrationWithItsStatusAndFileUri() throws Exception {
    TimelineProtocol.TimelineView view = lsp.server.timeline(new TimelineProtocol.Document(LspHarness.uri(ALIGN)))
        .get(60, TimeUnit.SECONDS);
    assertEquals("prisma history", view.title());
    assertEquals(List.of("stub", "stub", "ok", "ok", "fails", "blocked", "blocked", "blocked"),
        view.rows().stream().map(TimelineProtocol.TimelineRow::status).toList());
    TimelineProtocol.TimelineRow failing = view.rows().get(4);
    assertEquals(LspHarness.uri(ALIGN), failing.uri());
    assertEquals(221, failing.failure().line());
    assertEquals("2024-12-23", failing.date());
    assertTrue(failing.failure().message().contains("customer_id"), failing.failure().message());
    assertNull(view.rows().get(2).failure());
    assertEquals("creates 7 types; creates 8 tables", view.rows().get(2).purpose());
  }

  @Test
  void diagramAtTheTopOfTheFailingMigrationShowsTheSchemaBeforeIt() throws Exception {
    TimelineProtocol.Diagram d = lsp.server.diagram(new StrataProtocol.Cursor(LspHarness.uri(ALIGN), new Position(0, 0)))
        .get(60, TimeUnit.SECONDS);
    assertEquals("20241223_align_schema_with_production", d.migration());
    assertTrue(d.mermaid().startsWith("erDiagram\n"), d.mermaid());
    assertTrue(d.mermaid().contains("    onboarding_states {\n"), d.mermaid());
    assertTrue(d.mermaid().contains("boolean opsAlertsMuted"), d.mermaid());
    assertFalse(d.mermaid().contains("call_logs"), "tables this migration creates are not there yet");
  }

  @Test
  void aFileOutsideEveryHistoryHasNoTimeline() throws Exception {
    Path readme = FeaturesServerTest.FOLDER.resolve("README.md");
    assertTrue(Files.exists(readme));
    assertNull(lsp.server.timeline(new TimelineProtocol.Document(LspHarness.uri(readme))).get(60, TimeUnit.SECONDS));
  }
}
