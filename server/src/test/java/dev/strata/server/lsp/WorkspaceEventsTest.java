package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files changing on disk, settings changing, closing documents and unreadable files, on a scratch Flyway project. */
class WorkspaceEventsTest {
  private static final String V1 = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
  private static final String V2 = "UPDATE users SET mail = 'x';\n";

  @TempDir Path folder;

  private Path migration(String name, String text) throws Exception {
    Path dir = Files.createDirectories(folder.resolve("db/migration"));
    return Files.writeString(dir.resolve(name), text);
  }

  private static boolean hasCode(PublishDiagnosticsParams p, String code) {
    return p.getDiagnostics().stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
  }

  @Test
  void aNewMigrationOnDiskIsAnalysedAfterAWatchedFilesEvent() throws Exception {
    migration("V1__users.sql", V1);
    Path v2 = migration("V2__mail.sql", V2);
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      lsp.client.awaitPublish(LspHarness.uri(v2), 0, p -> hasCode(p, "unknown-column"));
      int before = lsp.client.publishCount();
      Path rename = migration("V1_5__rename.sql", "ALTER TABLE users RENAME COLUMN email TO mail;\n");
      lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
          List.of(new FileEvent(LspHarness.uri(rename), FileChangeType.Created))));
      PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(v2), before, x -> true);
      assertFalse(hasCode(p, "unknown-column"), p.getDiagnostics().toString());
    }
  }

  @Test
  void closingADocumentFallsBackToTheSavedText() throws Exception {
    migration("V1__users.sql", V1);
    Path v2 = migration("V2__mail.sql", V2);
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      String uri = LspHarness.uri(v2);
      lsp.client.awaitPublish(uri, 0, p -> hasCode(p, "unknown-column"));
      lsp.open(v2);
      lsp.replaceAll(v2, 2, "UPDATE users SET email = 'x';\n");
      lsp.client.awaitPublish(uri, 0, p -> Integer.valueOf(2).equals(p.getVersion()) && !hasCode(p, "unknown-column"));
      int before = lsp.client.publishCount();
      lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
      PublishDiagnosticsParams p = lsp.client.awaitPublish(uri, before, x -> hasCode(x, "unknown-column"));
      assertEquals(null, p.getVersion());
    }
  }

  @Test
  void aRuleTurnedOffInPushedSettingsDisappears() throws Exception {
    migration("V1__users.sql", V1);
    Path v2 = migration("V2__mail.sql", V2);
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      lsp.client.awaitPublish(LspHarness.uri(v2), 0, p -> hasCode(p, "unknown-column"));
      int before = lsp.client.publishCount();
      lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          JsonParser.parseString("{\"strata\": {\"rules\": {\"unknown-column\": \"off\"}}}")));
      PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(v2), before, x -> true);
      assertEquals(List.of(), p.getDiagnostics());
    }
  }

  @Test
  void aRuleSetToWarningInInitializationOptionsIsPublishedAsWarning() throws Exception {
    migration("V1__users.sql", V1);
    Path v2 = migration("V2__mail.sql", V2);
    Object options = JsonParser.parseString("{\"rules\": {\"unknown-column\": \"warning\"}, \"debounceMillis\": 0}");
    try (LspHarness lsp = new LspHarness().start(folder, options)) {
      PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(v2), 0, x -> hasCode(x, "unknown-column"));
      assertEquals(org.eclipse.lsp4j.DiagnosticSeverity.Warning, p.getDiagnostics().get(0).getSeverity());
    }
  }

  @Test
  void aBinaryMigrationDoesNotStopTheOthers() throws Exception {
    migration("V1__users.sql", V1);
    Files.write(folder.resolve("db/migration/V2__blob.sql"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28});
    Path v3 = migration("V3__mail.sql", V2);
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(v3), 0, x -> hasCode(x, "unknown-column"));
      assertTrue(p.getDiagnostics().get(0).getMessage().contains("\"mail\""), p.getDiagnostics().toString());
    }
  }
}
