package dev.strata.server.lsp;

import dev.strata.model.analysis.Completion;
import dev.strata.server.convert.ToLsp;
import java.util.List;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;

/**
 * {@code textDocument/completion}: the tables, columns, types and labels valid at the cursor in
 * the schema at that point in history, each replacing the partial name typed so far.
 */
final class CompletionHandler {
  private CompletionHandler() {}

  static CompletionList complete(Session session, CompletionParams params) {
    return DocumentTarget.of(session, params.getTextDocument().getUri())
        .map(t -> ToLsp.completion(Completion.at(t.analysis(), t.file(), t.offset(params.getPosition())), t.lines()))
        .orElseGet(() -> new CompletionList(false, List.of()));
  }
}
