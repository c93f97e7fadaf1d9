package dev.strata.server.lsp;

import dev.strata.model.analysis.GotoDefinition;
import dev.strata.server.convert.ToLsp;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;

/**
 * {@code textDocument/definition}: where the object under the cursor got the name it has there,
 * usually in an earlier migration.
 */
final class DefinitionHandler {
  private DefinitionHandler() {}

  static List<Location> definition(Session session, DefinitionParams params) {
    return DocumentTarget.of(session, params.getTextDocument().getUri())
        .flatMap(t -> GotoDefinition.at(t.analysis(), t.file(), t.offset(params.getPosition()))
            .flatMap(d -> ToLsp.location(d.target(), t.locator())))
        .map(List::of)
        .orElse(List.of());
  }
}
