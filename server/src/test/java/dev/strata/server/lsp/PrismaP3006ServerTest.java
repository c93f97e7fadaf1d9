package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server on test-workspace/prisma-p3006 over the protocol: the P3006 diagnostic, edits that
 * fix it or move it, an edit to an earlier migration, and the quick fix applied.
 */
class PrismaP3006ServerTest {
  private static final Path FOLDER = LspHarness.testWorkspace("prisma-p3006");
  private static final Path MIGRATIONS = FOLDER.resolve("apps/backend/prisma/migrations");
  private static final Path ALIGN = MIGRATIONS.resolve("20241223_align_schema_with_production/migration.sql");
  private static final Path BASELINE = MIGRATIONS.resolve("20241221_initial_clean_baseline/migration.sql");

  private LspHarness lsp;
  private String alignText;
  private int wrongLine;
  private int wrongColumn;

  @BeforeEach
  void start() throws Exception {
    alignText = Files.readString(ALIGN);
    List<String> lines = alignText.lines().toList();
    wrongLine = lines.indexOf("WHERE os.\"customer_id\" = c.\"id\"");
    wrongColumn = lines.get(wrongLine).indexOf("\"customer_id\"");
    lsp = new LspHarness().start(FOLDER, null);
  }

  @AfterEach
  void stop() throws Exception {
    lsp.close();
  }

  @Test
  void publishesTheUnknownColumnExactlyOnTheQuotedName() throws Exception {
    PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !errors(x).isEmpty());
    assertEquals(1, errors(p).size(), p.getDiagnostics().toString());
    Diagnostic d = errors(p).get(0);
    assertEquals("unknown-column", d.getCode().getLeft());
    assertEquals(wrongLine, d.getRange().getStart().getLine());
    assertEquals(wrongColumn, d.getRange().getStart().getCharacter());
    assertEquals(wrongLine, d.getRange().getEnd().getLine());
    assertEquals(wrongColumn + "\"customer_id\"".length(), d.getRange().getEnd().getCharacter());
    assertEquals(DiagnosticSeverity.Error, d.getSeverity());
    assertEquals("strata", d.getSource());
    assertTrue(d.getCodeDescription().getHref().endsWith("#unknown-column"), d.getCodeDescription().getHref());
    assertTrue(d.getMessage().startsWith("column \"customer_id\" does not exist on table \"onboarding_states\""), d.getMessage());
    assertNull(p.getVersion(), "a file that is not open has no version");
  }

  @Test
  void renamingTheColumnInTheEditorClearsTheDiagnostic() throws Exception {
    lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
    lsp.open(ALIGN);
    int before = lsp.client.publishCount();
    lsp.change(ALIGN, 2, wrongLine, wrongColumn, wrongColumn + "\"customer_id\"".length(), "\"client_id\"");
    PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(ALIGN), before, x -> Integer.valueOf(2).equals(x.getVersion()));
    assertEquals(List.of(), errors(p));
    assertFalse(p.getDiagnostics().isEmpty(), "the file's warnings are still published");
  }

  @Test
  void anEditToAnEarlierMigrationRepublishesALaterOne() throws Exception {
    lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
    String baseline = Files.readString(BASELINE);
    List<String> lines = baseline.lines().toList();
    int createLine = lines.indexOf("CREATE TABLE \"onboarding_states\" (");
    int columnLine = createLine + 2;
    assertEquals("    \"client_id\" TEXT NOT NULL,", lines.get(columnLine));
    lsp.open(BASELINE, baseline);
    int before = lsp.client.publishCount();
    lsp.change(BASELINE, 2, columnLine, 4, 4 + "\"client_id\"".length(), "\"tenant_id\"");
    // The backfill's fallback reads "client_id", which the baseline no longer creates.
    int fallbackLine = alignText.lines().toList().indexOf("SET \"clientId\" = \"client_id\"");
    PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(ALIGN), before,
        x -> x.getDiagnostics().stream().anyMatch(d -> d.getRange().getStart().getLine() == fallbackLine));
    Diagnostic d = p.getDiagnostics().stream().filter(x -> x.getRange().getStart().getLine() == fallbackLine).findFirst().orElseThrow();
    assertEquals("unknown-column", d.getCode().getLeft());
    assertTrue(d.getMessage().contains("\"client_id\""), d.getMessage());
  }

  @Test
  void theQuickFixCarriesAnEditThatRemovesTheError() throws Exception {
    Diagnostic d = errors(lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !errors(x).isEmpty())).get(0);
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(LspHarness.uri(ALIGN)), d.getRange(),
        new CodeActionContext(List.of(d)));
    List<Either<Command, CodeAction>> actions = lsp.server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS);
    assertFalse(actions.isEmpty(), "no code actions");
    CodeAction fix = actions.get(0).getRight();
    assertEquals(CodeActionKind.QuickFix, fix.getKind());
    assertNull(fix.getCommand(), "a quick fix must not need workspace/executeCommand");
    assertTrue(fix.getIsPreferred() != null);
    List<TextEdit> edits = fix.getEdit().getChanges().get(LspHarness.uri(ALIGN));
    assertEquals(1, edits.size());
    String fixed = TextEdits.apply(alignText, edits);
    assertTrue(fixed.contains("WHERE os.\"client_id\" = c.\"id\""), "fix title: " + fix.getTitle());

    lsp.open(ALIGN);
    int before = lsp.client.publishCount();
    lsp.replaceAll(ALIGN, 2, fixed);
    PublishDiagnosticsParams p = lsp.client.awaitPublish(LspHarness.uri(ALIGN), before, x -> Integer.valueOf(2).equals(x.getVersion()));
    assertEquals(List.of(), errors(p));
    assertFalse(p.getDiagnostics().isEmpty(), "the file's warnings are still published");
  }

  /** The file's errors; safety-rule warnings (e.g. non-concurrent index creation) are published too. */
  private static List<Diagnostic> errors(PublishDiagnosticsParams p) {
    return p.getDiagnostics().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
  }
}
