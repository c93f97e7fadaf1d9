package dev.strata.server.lsp;

import dev.strata.model.analysis.DocumentSymbols;
import dev.strata.server.convert.ToLsp;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: per statement, the object it creates or changes, with the
 * columns, constraints and labels it touches as children (hierarchical symbols).
 */
final class DocumentSymbolHandler {
  private DocumentSymbolHandler() {}

  static List<Either<SymbolInformation, DocumentSymbol>> symbols(Session session, DocumentSymbolParams params) {
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    DocumentTarget.of(session, params.getTextDocument().getUri()).ifPresent(t -> {
      for (DocumentSymbols.Symbol s : DocumentSymbols.of(t.analysis(), t.file())) {
        out.add(Either.forRight(ToLsp.documentSymbol(s, t.lines())));
      }
    });
    return out;
  }
}
