package dev.strata.server.lsp;

import dev.strata.model.analysis.SchemaDdl;
import dev.strata.server.lsp.StrataProtocol.Cursor;
import dev.strata.server.lsp.StrataProtocol.SchemaAt;

/** {@code strata/schemaAt}: the catalog just before the statement at the cursor, printed as DDL. */
final class SchemaAtHandler {
  private SchemaAtHandler() {}

  /** Null when the document is not a migration of any history. */
  static SchemaAt schemaAt(Session session, Cursor params) {
    return DocumentTarget.of(session, params.uri())
        .flatMap(t -> t.analysis().catalogAt(t.file(), t.offset(params.position()))
            .map(c -> new SchemaAt(SchemaDdl.print(c), t.analysis().result(t.file()).orElseThrow().migration().name())))
        .orElse(null);
  }
}
