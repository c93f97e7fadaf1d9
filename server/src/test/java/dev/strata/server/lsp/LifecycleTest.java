package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** Start-up, shutdown, settings and failure containment, over the protocol. */
class LifecycleTest {
  private static final Path FOLDER = LspHarness.testWorkspace("prisma-p3006");

  @Test
  void serveReturnsWhenTheClientClosesTheInput() throws Exception {
    try (LspHarness lsp = new LspHarness().start(FOLDER, null)) {
      lsp.closeInput();
      assertEquals(0, lsp.served.get(60, TimeUnit.SECONDS));
      assertEquals(List.of(), lsp.exitCodes, "closing stdin is not the exit notification");
    }
  }

  @Test
  void exitAfterShutdownExitsZeroAndWithoutShutdownOne() throws Exception {
    try (LspHarness lsp = new LspHarness().start(FOLDER, null)) {
      lsp.server.shutdown().get(60, TimeUnit.SECONDS);
      lsp.server.exit();
      awaitExitCode(lsp, 0);
    }
    try (LspHarness lsp = new LspHarness().start(FOLDER, null)) {
      lsp.server.exit();
      awaitExitCode(lsp, 1);
    }
  }

  @Test
  void registersWatchersForMigrationsLockFilesAndConfiguration() throws Exception {
    try (LspHarness lsp = new LspHarness().start(FOLDER, null)) {
      lsp.client.awaitPublish(LspHarness.uri(FOLDER.resolve(
          "apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql")), 0, p -> true);
      Registration r = lsp.client.registrations().get(0).getRegistrations().get(0);
      assertEquals("workspace/didChangeWatchedFiles", r.getMethod());
      assertEquals(List.of("**/*.sql", "**/migration_lock.toml", "**/strata.toml", "**/*.prisma"), globs(r.getRegisterOptions()));
    }
  }

  @Test
  void badInitializationOptionsAreLoggedAndDefaulted() throws Exception {
    Object options = JsonParser.parseString("{\"tool\": \"liquibase\", \"debounceMillis\": \"soon\", \"rules\": 3}");
    try (LspHarness lsp = new LspHarness().start(FOLDER, options)) {
      assertTrue(lsp.client.awaitLog(m -> m.contains("strata.tool must be one of")).isPresent());
      assertTrue(lsp.client.awaitLog(m -> m.contains("strata.debounceMillis must be")).isPresent());
      assertTrue(lsp.client.awaitLog(m -> m.contains("strata.rules must map")).isPresent());
      // Defaults still analyse the project (null configuration from the client is fine too).
      lsp.client.awaitPublish(LspHarness.uri(FOLDER.resolve(
          "apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql")), 0,
          p -> !p.getDiagnostics().isEmpty());
    }
  }

  @Test
  void aFailingRequestFailsAloneAndIsLogged() throws Exception {
    try (LspHarness lsp = new LspHarness().start(FOLDER, null)) {
      String uri = LspHarness.uri(FOLDER.resolve(
          "apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql"));
      lsp.client.awaitPublish(uri, 0, p -> !p.getDiagnostics().isEmpty());
      CodeActionParams broken = new CodeActionParams();
      broken.setTextDocument(new TextDocumentIdentifier(uri));
      broken.setContext(new CodeActionContext(List.of()));
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> lsp.server.getTextDocumentService().codeAction(broken).get(60, TimeUnit.SECONDS));
      ResponseErrorException error = (ResponseErrorException) e.getCause();
      assertEquals(ResponseErrorCode.InternalError.getValue(), error.getResponseError().getCode());
      var logged = lsp.client.awaitLog(m -> m.contains("textDocument/codeAction failed")).orElseThrow();
      assertEquals(MessageType.Error, logged.getType());
      CodeActionParams fine = new CodeActionParams(new TextDocumentIdentifier(uri),
          new Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext(List.of()));
      assertEquals(List.of(), lsp.server.getTextDocumentService().codeAction(fine).get(60, TimeUnit.SECONDS));
    }
  }

  /** The glob patterns of watcher registration options, as they arrive over JSON. */
  private static List<String> globs(Object options) {
    JsonObject o = (JsonObject) options;
    List<String> out = new ArrayList<>();
    o.getAsJsonArray("watchers").forEach(w -> out.add(w.getAsJsonObject().get("globPattern").getAsString()));
    return out;
  }

  private static void awaitExitCode(LspHarness lsp, int code) throws InterruptedException {
    for (int i = 0; i < 200 && lsp.exitCodes.isEmpty(); i++) {
      Thread.sleep(25);
    }
    assertEquals(List.of(code), lsp.exitCodes);
  }
}
