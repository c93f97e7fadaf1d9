package dev.strata.server.lsp;

import dev.strata.model.prisma.SchemaDrift;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.server.convert.FromLsp;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Position;

/**
 * The Prisma schema file a request is about, with its history and drift brought up to the editor's
 * current texts (as {@link DocumentTarget} does for migrations): the model's id for the file, its
 * lines as the drift read them and a locator for every file a result may point into.
 */
record SchemaTarget(History history, SchemaDrift drift, FileId file, LineIndex lines, ProjectLocator locator) {

  /** Empty for a URI that is no schema file of a Prisma history with migrations. */
  static Optional<SchemaTarget> of(Session session, String uri) {
    Map<Path, OpenDocument> open = session.documents.snapshot();
    return Uris.toPath(uri).flatMap(session::locate).flatMap(at -> {
      Project project = ProjectLoader.refresh(at.project(), open);
      ProjectLocator locator = new ProjectLocator(project, open);
      return project.schemaOf(at.file()).flatMap(h -> h.schema().map(s -> new SchemaTarget(h, s.drift(), at.file(),
          locator.lines(at.file()).orElse(LineIndex.of("")), locator)));
    });
  }

  int offset(Position p) {
    return FromLsp.offset(lines, p);
  }
}
