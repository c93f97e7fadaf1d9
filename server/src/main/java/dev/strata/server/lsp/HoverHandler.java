package dev.strata.server.lsp;

import dev.strata.server.convert.FromLsp;
import dev.strata.server.convert.ToLsp;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;

/**
 * {@code textDocument/hover}: the object under the cursor as it stands at that point in history,
 * or a migration's summary on its first line; in a Prisma schema, the table, column or type behind
 * a model, field or enum name as the history leaves it. Markdown or plain text as the client asked.
 */
final class HoverHandler {
  private HoverHandler() {}

  /** Null (no hover) when nothing is known at the position. */
  static Hover hover(Session session, HoverParams params) {
    boolean markdown = FromLsp.prefersMarkdown(session.capabilities());
    String uri = params.getTextDocument().getUri();
    return DocumentTarget.of(session, uri)
        .flatMap(t -> dev.strata.model.analysis.Hover.at(t.analysis(), t.file(), t.offset(params.getPosition()))
            .map(h -> ToLsp.hover(h, t.lines(), markdown)))
        .or(() -> SchemaTarget.of(session, uri)
            .flatMap(t -> t.drift().hover(t.file(), t.offset(params.getPosition()))
                .map(h -> ToLsp.hover(h, t.lines(), markdown))))
        .orElse(null);
  }
}
