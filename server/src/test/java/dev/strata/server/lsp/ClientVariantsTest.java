package dev.strata.server.lsp;

import static dev.strata.server.lsp.FeaturesServerTest.ALIGN;
import static dev.strata.server.lsp.FeaturesServerTest.FOLDER;
import static dev.strata.server.lsp.FeaturesServerTest.ONBOARDING_IN_UPDATE;
import static dev.strata.server.lsp.FeaturesServerTest.doc;
import static dev.strata.server.lsp.FeaturesServerTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.junit.jupiter.api.Test;

/** What differs between clients: hover formats, the capabilities they read, and requests sent too early. */
class ClientVariantsTest {

  @Test
  void hoverIsPlainTextForAClientThatOnlyAsksForPlainText() throws Exception {
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setHover(new HoverCapabilities(List.of(MarkupKind.PLAINTEXT), false));
    try (LspHarness lsp = new LspHarness().start(FOLDER, null, text)) {
      lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
      String align = Files.readString(ALIGN);
      MarkupContent c = get(lsp.server.getTextDocumentService().hover(
          new HoverParams(doc(ALIGN), Marker.at(align, ONBOARDING_IN_UPDATE)))).getContents().getRight();
      assertEquals(MarkupKind.PLAINTEXT, c.getKind());
      assertTrue(c.getValue().contains("client_id"), c.getValue());
      assertFalse(c.getValue().contains("**") || c.getValue().contains("]("), c.getValue());
    }
  }

  @Test
  void advertisesEveryFeature() throws Exception {
    try (LspHarness lsp = new LspHarness()) {
      InitializeResult r = get(lsp.server.initialize(new InitializeParams()));
      ServerCapabilities caps = r.getCapabilities();
      assertTrue(caps.getHoverProvider().getLeft());
      assertEquals(List.of(".", "\""), caps.getCompletionProvider().getTriggerCharacters());
      assertTrue(caps.getDefinitionProvider().getLeft());
      assertTrue(caps.getReferencesProvider().getLeft());
      assertTrue(caps.getDocumentSymbolProvider().getLeft());
      assertTrue(caps.getWorkspaceSymbolProvider().getLeft());
      assertFalse(caps.getCodeLensProvider().getResolveProvider());
    }
  }

  @Test
  void requestsBeforeInitializedAnswerEmptyAndTheServerStillWorksAfterwards() throws Exception {
    try (LspHarness lsp = new LspHarness()) {
      String align = Files.readString(ALIGN);
      Position p = Marker.at(align, ONBOARDING_IN_UPDATE);
      assertNull(get(lsp.server.getTextDocumentService().hover(new HoverParams(doc(ALIGN), p))));
      assertEquals(List.of(), get(lsp.server.getTextDocumentService().completion(new CompletionParams(doc(ALIGN), p)))
          .getRight().getItems());
      assertNull(get(lsp.server.schemaAt(new StrataProtocol.Cursor(LspHarness.uri(ALIGN), p))));
      lsp.start(FOLDER, null);
      lsp.client.awaitPublish(LspHarness.uri(ALIGN), 0, x -> !x.getDiagnostics().isEmpty());
      assertTrue(get(lsp.server.getTextDocumentService().hover(new HoverParams(doc(ALIGN), p))) != null);
      assertEquals(1, get(lsp.server.getTextDocumentService().codeLens(new CodeLensParams(doc(ALIGN)))).size());
    }
  }
}
