package dev.strata.server.lsp;

import dev.strata.model.analysis.References;
import dev.strata.model.text.FileRange;
import dev.strata.server.convert.ToLsp;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceParams;

/** {@code textDocument/references}: every name of the object under the cursor across the history, renames followed. */
final class ReferencesHandler {
  private ReferencesHandler() {}

  static List<Location> references(Session session, ReferenceParams params) {
    List<Location> out = new ArrayList<>();
    boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
    DocumentTarget.of(session, params.getTextDocument().getUri()).ifPresent(t -> {
      for (FileRange r : References.of(t.analysis(), t.file(), t.offset(params.getPosition()), declarations)) {
        ToLsp.location(r, t.locator()).ifPresent(out::add);
      }
    });
    return out;
  }
}
