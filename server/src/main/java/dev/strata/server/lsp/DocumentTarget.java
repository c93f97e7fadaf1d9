package dev.strata.server.lsp;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.server.convert.FromLsp;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Position;

/**
 * The migration a request is about, in the analysis of its history brought up to the editor's
 * current texts (a request may arrive before the debounced validation has run): the model's id for
 * the file, its lines and a locator for every file a result may point into.
 */
record DocumentTarget(Analysis analysis, FileId file, LineIndex lines, ProjectLocator locator) {

  /** Empty for a URI outside every history (not a migration, deleted, or before initialization). */
  static Optional<DocumentTarget> of(Session session, String uri) {
    Map<Path, OpenDocument> open = session.documents.snapshot();
    return Uris.toPath(uri).flatMap(session::locate).flatMap(at -> {
      Project project = ProjectLoader.refresh(at.project(), open);
      ProjectLocator locator = new ProjectLocator(project, open);
      return project.historyOf(at.file()).map(h -> new DocumentTarget(h.analysis(), at.file(),
          locator.lines(at.file()).orElse(LineIndex.of("")), locator));
    });
  }

  int offset(Position p) {
    return FromLsp.offset(lines, p);
  }
}
