package dev.strata.server.lsp;

import dev.strata.server.convert.FromLsp;
import dev.strata.server.convert.ToLsp;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;

/**
 * {@code textDocument/hover}: the object under the cursor as it stands at that point in history,
 * or a migration's summary on its first line; markdown or plain text as the client asked.
 */
final class HoverHandler {
  private HoverHandler() {}

  /** Null (no hover) when nothing is known at the position. */
  static Hover hover(Session session, HoverParams params) {
    boolean markdown = FromLsp.prefersMarkdown(session.capabilities());
    return DocumentTarget.of(session, params.getTextDocument().getUri())
        .flatMap(t -> dev.strata.model.analysis.Hover.at(t.analysis(), t.file(), t.offset(params.getPosition()))
            .map(h -> ToLsp.hover(h, t.lines(), markdown)))
        .orElse(null);
  }
}
