package dev.strata.server.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: document sync records texts and schedules validation; each request
 * delegates to one {@code *Handler}. Requests the server does not advertise are not overridden,
 * so LSP4J answers them with "method not found".
 */
final class TextDocumentHandler implements TextDocumentService {
  private final Session session;

  TextDocumentHandler(Session session) {
    this.session = session;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    Guard.notification(session, "didOpen", () -> {
      var doc = params.getTextDocument();
      session.documents.open(doc.getUri(), doc.getVersion(), doc.getText());
      session.revalidateSoon();
    });
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    Guard.notification(session, "didChange", () -> {
      var doc = params.getTextDocument();
      session.documents.change(doc.getUri(), doc.getVersion(), params.getContentChanges());
      session.revalidateSoon();
    });
  }

  /** Closing drops the unsaved text: the file on disk is the truth again. */
  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    Guard.notification(session, "didClose", () -> {
      session.documents.close(params.getTextDocument().getUri());
      session.revalidateSoon();
    });
  }

  /** Saving changes nothing the open text did not already say; watched-file events rescan. */
  @Override
  public void didSave(DidSaveTextDocumentParams params) {}

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return Guard.request(session, "textDocument/codeAction", () -> CodeActionHandler.codeActions(session, params));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return Guard.request(session, "textDocument/hover", () -> HoverHandler.hover(session, params));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    return Guard.request(session, "textDocument/completion",
        () -> Either.forRight(CompletionHandler.complete(session, params)));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
      DefinitionParams params) {
    return Guard.request(session, "textDocument/definition",
        () -> Either.forLeft(DefinitionHandler.definition(session, params)));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    return Guard.request(session, "textDocument/references", () -> ReferencesHandler.references(session, params));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
    return Guard.request(session, "textDocument/documentSymbol", () -> DocumentSymbolHandler.symbols(session, params));
  }

  @Override
  public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
    return Guard.request(session, "textDocument/codeLens", () -> CodeLensHandler.lenses(session, params));
  }
}
