package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * schema.prisma of a copy of test-workspace/prisma-p3006 in the editor: drift diagnostics that follow
 * edits to the schema and to migrations, hover on models and fields, and the code action that creates
 * the migration closing the drift, applied as a client would.
 */
class PrismaSchemaServerTest {
  private static final String LAST = "after the last migration (20251214_bootstrap_default_client)";

  @TempDir
  Path folder;
  private Path migrations;
  private Path schemaFile;
  private String schema;
  private LspHarness lsp;

  @BeforeEach
  void copyWorkspace() throws IOException {
    WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), folder);
    migrations = folder.resolve("apps/backend/prisma/migrations");
    schemaFile = folder.resolve("apps/backend/prisma/schema.prisma");
    schema = Files.readString(schemaFile);
  }

  @AfterEach
  void stop() throws Exception {
    if (lsp != null) {
      lsp.close();
    }
  }

  @Test
  void publishesTheDriftOnTheSchemaAtTheModelConcerned() throws Exception {
    PublishDiagnosticsParams p = start(false).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty());
    assertEquals(15, p.getDiagnostics().size(), p.getDiagnostics().toString());
    assertTrue(p.getDiagnostics().stream().allMatch(d -> d.getCode().getLeft().equals("schema-drift")
        && d.getSeverity() == DiagnosticSeverity.Warning && d.getMessage().contains(LAST)));
    Diagnostic controls = withMessage(p, "model ClientControls has no table client_controls " + LAST);
    assertEquals(Marker.at(schema, "model $0ClientControls {"), controls.getRange().getStart());
    assertEquals(Marker.at(schema, "model ClientControls$0 {"), controls.getRange().getEnd());
    assertNull(p.getVersion(), "a schema that is not open has no version");
  }

  @Test
  void theEditorsUnsavedSchemaIsTheTruth() throws Exception {
    start(false).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty());
    lsp.open(schemaFile, schema);
    int before = lsp.client.publishCount();
    int from = schema.indexOf("// Phase 5: audit trail");
    int to = schema.indexOf("model User {");
    String withoutAdminActions = (schema.substring(0, from) + schema.substring(to))
        .replace("  adminActions    AdminAction[]\n", "");
    lsp.replaceAll(schemaFile, 2, withoutAdminActions);
    PublishDiagnosticsParams p = lsp.client.awaitPublish(uri(), before, x -> Integer.valueOf(2).equals(x.getVersion()));
    assertEquals(14, p.getDiagnostics().size(), p.getDiagnostics().toString());
    assertFalse(p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("admin_actions")));

    before = lsp.client.publishCount();
    String broken = schema.replace("model WebhookEvent {", "model WebhookEvent {\n  !!!");
    lsp.replaceAll(schemaFile, 3, broken);
    p = lsp.client.awaitPublish(uri(), before, x -> Integer.valueOf(3).equals(x.getVersion()));
    List<Diagnostic> errors = p.getDiagnostics().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
    assertEquals(1, errors.size(), p.getDiagnostics().toString());
    assertEquals("prisma-syntax", errors.get(0).getCode().getLeft());
    assertEquals(Marker.at(broken, "  $0!!!"), errors.get(0).getRange().getStart());
  }

  @Test
  void anEditToAMigrationRecomputesTheDriftAgainstTheNewFinalCatalog() throws Exception {
    start(false).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty());
    Path last = migrations.resolve("20251214_bootstrap_default_client/migration.sql");
    lsp.open(last, "");
    int before = lsp.client.publishCount();
    lsp.replaceAll(last, 2, "ALTER TABLE \"alert_logs\" ADD COLUMN \"resolution\" TEXT;\n");
    PublishDiagnosticsParams p = lsp.client.awaitPublish(uri(), before, x -> x.getDiagnostics().size() == 14);
    assertFalse(p.getDiagnostics().stream().anyMatch(d -> d.getMessage().contains("alert_logs.resolution")),
        p.getDiagnostics().toString());
  }

  @Test
  void hoverOnAModelOrFieldShowsTheTableAsTheHistoryLeavesIt() throws Exception {
    start(false).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty());
    String client = hover(Marker.at(schema, "model Cli$0ent {"));
    assertTrue(client.startsWith("**table** `clients` *after 20251214_bootstrap_default_client*"), client);
    assertTrue(client.contains("| opsAlertsMuted | boolean | NOT NULL | `false` |"), client);
    String controls = hover(Marker.at(schema, "model Client$0Controls {"));
    assertTrue(controls.startsWith("**table** `client_controls` does not exist"), controls);
    String column = hover(Marker.at(schema, "  legacy$0ClientId String"));
    assertTrue(column.startsWith("**column** `onboarding_states.client_id` `text`"), column);
  }

  @Test
  void withoutFileCreatingEditsNoMigrationIsOffered() throws Exception {
    Diagnostic d = withMessage(start(false).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty()),
        "model ClientControls has no table client_controls " + LAST);
    assertEquals(List.of(), codeActions(d));
  }

  @Test
  void theCreatedMigrationClosesTheDriftButForTheCommentedDrops() throws Exception {
    Diagnostic d = withMessage(start(true).awaitPublish(uri(), 0, x -> !x.getDiagnostics().isEmpty()),
        "model ClientControls has no table client_controls " + LAST);
    List<Either<Command, CodeAction>> actions = codeActions(d);
    assertEquals(1, actions.size(), actions.toString());
    CodeAction action = actions.get(0).getRight();
    assertEquals("Create migration that closes the drift", action.getTitle());
    assertEquals(CodeActionKind.QuickFix, action.getKind());
    assertNull(action.getCommand(), "the edit must not need workspace/executeCommand");
    assertEquals(List.of(d), action.getDiagnostics());
    List<Either<TextDocumentEdit, ResourceOperation>> changes = action.getEdit().getDocumentChanges();
    assertEquals(2, changes.size());
    CreateFile create = (CreateFile) changes.get(0).getRight();
    Path created = Uris.toPath(create.getUri()).orElseThrow();
    assertEquals(migrations, created.getParent().getParent());
    assertEquals("migration.sql", created.getFileName().toString());
    assertTrue(created.getParent().getFileName().toString().matches("\\d{14}_close_schema_drift"), created.toString());
    TextDocumentEdit insert = changes.get(1).getLeft();
    assertEquals(create.getUri(), insert.getTextDocument().getUri());
    assertEquals(1, insert.getEdits().size());
    TextEdit edit = insert.getEdits().get(0);
    assertEquals(new Position(0, 0), edit.getRange().getStart());
    assertEquals(new Position(0, 0), edit.getRange().getEnd());
    assertTrue(edit.getNewText().contains("CREATE TABLE client_controls"), edit.getNewText());

    String name = created.getParent().getFileName().toString();
    Files.createDirectories(created.getParent());
    Files.writeString(created, TextEdits.apply("", List.of(edit)));
    int before = lsp.client.publishCount();
    lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(create.getUri(), FileChangeType.Created))));
    PublishDiagnosticsParams p = lsp.client.awaitPublish(uri(), before,
        x -> x.getDiagnostics().stream().allMatch(y -> y.getMessage().contains("(" + name + ")")));
    assertEquals(List.of(
        "column clients.\"opsAlertsMuted\" (boolean) exists",
        "column clients.\"paymentGateAlertCount\" (integer) exists",
        "column clients.\"paymentGateAlertedAt\" (timestamp(3) without time zone) exists"),
        p.getDiagnostics().stream().map(x -> x.getMessage().substring(0, x.getMessage().indexOf(" exists") + 7))
            .sorted().toList());
    assertTrue(Files.readString(created).contains("-- WARNING: dropping column clients.\"opsAlertsMuted\" loses its data"));
    List<PublishDiagnosticsParams> ofNew = lsp.client.publishedSince(before).stream()
        .filter(x -> x.getUri().equals(create.getUri())).toList();
    assertFalse(ofNew.isEmpty(), "the new migration is analysed and published");
    assertEquals(List.of(), ofNew.get(ofNew.size() - 1).getDiagnostics().stream()
        .filter(x -> x.getSeverity() == DiagnosticSeverity.Error).toList());
  }

  private RecordingClient start(boolean createsFiles) throws Exception {
    WorkspaceEditCapabilities edit = null;
    if (createsFiles) {
      edit = new WorkspaceEditCapabilities(true);
      edit.setResourceOperations(List.of(ResourceOperationKind.Create));
    }
    lsp = new LspHarness().start(folder, null, new TextDocumentClientCapabilities(), edit);
    return lsp.client;
  }

  private String uri() {
    return LspHarness.uri(schemaFile);
  }

  private String hover(Position at) throws Exception {
    Hover h = lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri()), at))
        .get(60, TimeUnit.SECONDS);
    return h.getContents().getRight().getValue();
  }

  private List<Either<Command, CodeAction>> codeActions(Diagnostic d) throws Exception {
    CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri()), d.getRange(),
        new CodeActionContext(List.of(d)));
    return lsp.server.getTextDocumentService().codeAction(params).get(60, TimeUnit.SECONDS);
  }

  private static Diagnostic withMessage(PublishDiagnosticsParams p, String message) {
    return p.getDiagnostics().stream().filter(d -> d.getMessage().startsWith(message)).findFirst()
        .orElseThrow(() -> new AssertionError("no \"" + message + "\" in " + p.getDiagnostics()));
  }
}
