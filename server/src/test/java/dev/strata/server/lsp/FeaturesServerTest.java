package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every editor feature over the protocol on test-workspace/prisma-p3006, at cursors written as
 * {@code $0} snippets of the real files: hover, completion, definition, references, symbols, code
 * lens, {@code strata/schemaAt}, {@code strata/objectHistory} and {@code strata/status}.
 */
class FeaturesServerTest {
  static final Path FOLDER = LspHarness.testWorkspace("prisma-p3006");
  static final Path MIGRATIONS = FOLDER.resolve("apps/backend/prisma/migrations");
  static final Path ALIGN = MIGRATIONS.resolve("20241223_align_schema_with_production/migration.sql");
  static final Path BASELINE = MIGRATIONS.resolve("20241221_initial_clean_baseline/migration.sql");
  /** In the failing backfill: the table the UPDATE writes, and the alias the wrong column is read through. */
  static final String ONBOARDING_IN_UPDATE = "UPDATE \"onboarding_$0states\" os\nSET \"clientId\" = c.";
  static final String AFTER_OS_DOT = "WHERE os.$0\"customer_id\"";

  private LspHarness lsp;
  private String align;
  private String baseline;

  @BeforeEach
  void start() throws Exception {
    align = Files.readString(ALIGN);
    baseline = Files.readString(BASELINE);
    lsp = new LspHarness().start(FOLDER, null);
    lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
  }

  @AfterEach
  void stop() throws Exception {
    lsp.close();
  }

  @Test
  void hoverOnTheTableShowsItsColumnsAtThatPointInHistory() throws Exception {
    Hover h = get(lsp.server.getTextDocumentService().hover(
        new HoverParams(doc(ALIGN), Marker.at(align, ONBOARDING_IN_UPDATE))));
    String text = h.getContents().getRight().getValue();
    assertEquals(MarkupKind.MARKDOWN, h.getContents().getRight().getKind());
    assertTrue(text.contains("client_id"), text);
    assertTrue(text.contains("clientId"), text);
    assertFalse(text.contains("customer_id"), text);
    assertEquals(Marker.at(align, "UPDATE $0\"onboarding_states\" os"), h.getRange().getStart());
  }

  @Test
  void completionAfterTheAliasListsTheColumnsAtThatPoint() throws Exception {
    CompletionList list = get(lsp.server.getTextDocumentService().completion(
        new CompletionParams(doc(ALIGN), Marker.at(align, AFTER_OS_DOT)))).getRight();
    List<String> labels = list.getItems().stream().map(CompletionItem::getLabel).toList();
    assertTrue(labels.containsAll(List.of("id", "client_id", "clientId")), labels.toString());
    assertFalse(labels.contains("customer_id"), labels.toString());
    CompletionItem clientId = list.getItems().stream().filter(i -> i.getLabel().equals("client_id")).findFirst().orElseThrow();
    assertEquals(CompletionItemKind.Field, clientId.getKind());
    assertTrue(clientId.getDetail().contains("text"), clientId.getDetail());
    Position cursor = Marker.at(align, AFTER_OS_DOT);
    assertEquals(cursor, clientId.getTextEdit().getLeft().getRange().getStart());
    assertEquals("\"client_id\"", clientId.getTextEdit().getLeft().getNewText());
  }

  @Test
  void definitionOfTheColumnGoesToTheBaselinesCreateTable() throws Exception {
    List<? extends Location> defs = get(lsp.server.getTextDocumentService().definition(
        new DefinitionParams(doc(ALIGN), Marker.at(align, "SET \"clientId\" = \"cli$0ent_id\"")))).getLeft();
    assertEquals(1, defs.size(), defs.toString());
    assertEquals(LspHarness.uri(BASELINE), defs.get(0).getUri());
    assertEquals(Marker.at(baseline, "\"onboarding_states\" (\n    \"id\" TEXT NOT NULL,\n    $0\"client_id\""),
        defs.get(0).getRange().getStart());
  }

  @Test
  void referencesOfTheColumnSpanTheHistory() throws Exception {
    ReferenceParams params = new ReferenceParams(doc(ALIGN), Marker.at(align, "SET \"clientId\" = \"cli$0ent_id\""),
        new ReferenceContext(true));
    List<? extends Location> refs = get(lsp.server.getTextDocumentService().references(params));
    List<String> where = refs.stream().map(l -> l.getUri().replaceAll(".*/(\\d+)_[^/]*/migration.sql", "$1")
        + ":" + (l.getRange().getStart().getLine() + 1)).toList();
    int fallback = Marker.line(align, "SET \"clientId\" = \"client_id\"") + 1;
    int comment = Marker.line(align, "COMMENT ON COLUMN \"onboarding_states\".\"client_id\" IS 'Deprecated: read \"clientId\" instead.';") + 1;
    assertTrue(where.contains("20241221:73"), where.toString());
    assertTrue(where.contains("20241223:" + fallback), where.toString());
    assertTrue(where.contains("20241223:" + comment), where.toString());
    assertFalse(where.stream().anyMatch(w -> w.startsWith("20241224")), "alert_logs.client_id is another column: " + where);
  }

  @Test
  void documentSymbolsAreHierarchical() throws Exception {
    List<Either<SymbolInformation, DocumentSymbol>> symbols = get(lsp.server.getTextDocumentService().documentSymbol(
        new DocumentSymbolParams(doc(ALIGN))));
    DocumentSymbol callLogs = symbols.stream().map(Either::getRight)
        .filter(s -> s.getName().endsWith("call_logs") && s.getDetail().equals("created")).findFirst().orElseThrow();
    assertEquals(SymbolKind.Struct, callLogs.getKind());
    List<String> columns = callLogs.getChildren().stream().filter(c -> c.getKind() == SymbolKind.Field)
        .map(DocumentSymbol::getName).toList();
    assertTrue(columns.containsAll(List.of("id", "clientId", "twilioCallSid", "createdAt")), columns.toString());
    assertEquals(Marker.at(align, "CREATE TABLE IF NOT EXISTS $0\"call_logs\""), callLogs.getSelectionRange().getStart());
  }

  @Test
  void workspaceSymbolsFindTablesOfTheFinalSchema() throws Exception {
    // The server sends SymbolInformation; LSP4J's client side reads that JSON shape as WorkspaceSymbol.
    List<? extends WorkspaceSymbol> found = get(lsp.server.getWorkspaceService().symbol(
        new WorkspaceSymbolParams("sms_opt"))).getRight();
    WorkspaceSymbol table = found.stream().filter(s -> s.getKind() == SymbolKind.Struct).findFirst().orElseThrow();
    assertEquals("sms_opt_outs", table.getName());
    assertEquals("public", table.getContainerName());
    Location at = table.getLocation().getLeft();
    assertEquals(LspHarness.uri(ALIGN), at.getUri());
    assertEquals(Marker.at(align, "CREATE TABLE IF NOT EXISTS $0\"sms_opt_outs\""), at.getRange().getStart());
    assertTrue(found.stream().noneMatch(s -> s.getName().equals("phone")), "columns match by their own name only");
  }

  @Test
  void schemaAtTheFailingStatementIsTheSchemaBeforeIt() throws Exception {
    StrataProtocol.SchemaAt at = get(lsp.server.schemaAt(new StrataProtocol.Cursor(LspHarness.uri(ALIGN),
        Marker.at(align, AFTER_OS_DOT))));
    assertEquals("20241223_align_schema_with_production", at.migration());
    String table = at.ddl().substring(at.ddl().indexOf("CREATE TABLE public.onboarding_states"));
    table = table.substring(0, table.indexOf(");"));
    assertTrue(table.contains("client_id text NOT NULL"), table);
    assertTrue(table.contains("\"clientId\" text"), table);
    assertFalse(table.contains("customer_id"), table);
    StrataProtocol.SchemaAt first = get(lsp.server.schemaAt(new StrataProtocol.Cursor(LspHarness.uri(ALIGN), new Position(0, 0))));
    assertFalse(first.ddl().contains("call_logs"), "call_logs is created later in the file");
    assertNull(get(lsp.server.schemaAt(new StrataProtocol.Cursor(LspHarness.uri(FOLDER.resolve("README.md")), new Position(0, 0)))));
  }

  @Test
  void objectHistoryListsTheEventsWithLocations() throws Exception {
    StrataProtocol.ObjectLife life = get(lsp.server.objectHistory(new StrataProtocol.Cursor(LspHarness.uri(ALIGN),
        Marker.at(align, ONBOARDING_IN_UPDATE))));
    assertEquals("table", life.kind());
    assertEquals("onboarding_states", life.name());
    List<String> events = life.entries().stream().map(e -> e.kind() + " " + e.key() + " " + e.migration()).toList();
    assertTrue(events.contains("created table:public.onboarding_states 20241221_initial_clean_baseline"), events.toString());
    assertTrue(events.contains("created column:public.onboarding_states.clientId 20241223_align_schema_with_production"),
        events.toString());
    StrataProtocol.Event added = life.entries().stream().filter(e -> e.key().endsWith(".clientId")).findFirst().orElseThrow();
    assertEquals(LspHarness.uri(ALIGN), added.location().getUri());
    assertEquals(Marker.line(align, "ALTER TABLE \"onboarding_states\" ADD COLUMN IF NOT EXISTS \"clientId\" TEXT;"),
        added.location().getRange().getStart().getLine());
    String line = "- 20241223_align_schema_with_production:" + (added.location().getRange().getStart().getLine() + 1)
        + " column `onboarding_states.clientId` added\n";
    assertTrue(life.markdown().contains(line), life.markdown());
  }

  @Test
  void codeLensesSayWhetherEachMigrationApplies() throws Exception {
    CodeLens failing = lens(ALIGN);
    assertEquals(0, failing.getRange().getStart().getLine());
    assertTrue(failing.getCommand().getTitle().startsWith("✖ fails: column \"customer_id\" does not exist"),
        failing.getCommand().getTitle());
    assertTrue(failing.getCommand().getTitle().contains(" · blocks 3 later migrations"), failing.getCommand().getTitle());
    String ok = lens(BASELINE).getCommand().getTitle();
    assertTrue(ok.matches("✔ applies · creates \\d+ tables · .* · \\d+ tables after"), ok);
  }

  @Test
  void statusIsSentAfterTheAnalysis() throws Exception {
    StrataProtocol.Status s = lsp.client.awaitStatus(x -> x.errors() > 0);
    assertEquals("prisma", s.tool());
    assertEquals(8, s.migrations());
    assertEquals(1, s.errors());
  }

  private CodeLens lens(Path file) throws Exception {
    List<? extends CodeLens> lenses = get(lsp.server.getTextDocumentService().codeLens(new CodeLensParams(doc(file))));
    assertEquals(1, lenses.size(), lenses.toString());
    return lenses.get(0);
  }

  static TextDocumentIdentifier doc(Path file) {
    return new TextDocumentIdentifier(LspHarness.uri(file));
  }

  static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(60, TimeUnit.SECONDS);
  }
}
