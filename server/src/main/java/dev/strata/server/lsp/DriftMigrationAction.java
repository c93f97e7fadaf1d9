package dev.strata.server.lsp;

import dev.strata.model.prisma.Drift;
import dev.strata.model.prisma.SchemaDrift;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import dev.strata.server.convert.FromLsp;
import dev.strata.server.convert.ToLsp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;

/**
 * The quick fix on drift diagnostics in a Prisma schema: "Create migration that closes the drift",
 * an edit that creates {@code <migrations>/<yyyyMMddHHmmss>_close_schema_drift/migration.sql} holding
 * {@link SchemaDrift#migrationSql()} (destructive steps commented out). Offered only to clients that
 * apply file-creating edits: without them there is nothing to offer, since the server never writes
 * files itself.
 */
final class DriftMigrationAction {
  static final String TITLE = "Create migration that closes the drift";

  private DriftMigrationAction() {}

  static Optional<CodeAction> of(Session session, CodeActionParams params) {
    if (!FromLsp.createsFiles(session.capabilities())) {
      return Optional.empty();
    }
    return SchemaTarget.of(session, params.getTextDocument().getUri()).flatMap(t -> {
      TextRange asked = FromLsp.range(t.lines(), params.getRange());
      List<Diagnostic> drift = t.history().diagnostics(t.file()).stream()
          .filter(d -> d.code().equals(Drift.CODE) && touches(d.range().range(), asked))
          .map(d -> ToLsp.diagnostic(d, t.locator())).toList();
      String sql = drift.isEmpty() ? "" : t.drift().migrationSql();
      if (sql.isBlank()) {
        return Optional.empty();
      }
      FileId file = SchemaDrift.closingMigrationFile(t.history().root().directory(), Instant.now());
      return Optional.of(ToLsp.createFile(TITLE, t.locator().uri(file), sql, drift));
    });
  }

  private static boolean touches(TextRange a, TextRange b) {
    return a.start() <= b.end() && b.start() <= a.end();
  }
}
