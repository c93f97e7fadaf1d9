package dev.strata.server.lsp;

import dev.strata.model.analysis.MermaidEr;
import dev.strata.server.lsp.StrataProtocol.Cursor;
import dev.strata.server.lsp.TimelineProtocol.Diagram;

/** {@code strata/diagram}: the catalog just before the statement at the cursor, as a Mermaid ER diagram. */
final class DiagramHandler {
  private DiagramHandler() {}

  /** Null when the document is not a migration of any history. */
  static Diagram diagram(Session session, Cursor params) {
    return DocumentTarget.of(session, params.uri())
        .flatMap(t -> t.analysis().catalogAt(t.file(), t.offset(params.position()))
            .map(c -> new Diagram(MermaidEr.print(c), t.analysis().result(t.file()).orElseThrow().migration().name())))
        .orElse(null);
  }
}
