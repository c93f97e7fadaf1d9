package dev.strata.server.lsp;

import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.server.convert.FileLocator;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locates a project's files for conversion: an open document keeps the URI the client sent, and
 * lines are counted in the text the analysis saw (the migration's, else the saved file's).
 */
final class ProjectLocator implements FileLocator {
  private final Project project;
  private final Map<Path, OpenDocument> open;
  private final Map<FileId, Optional<LineIndex>> lines = new HashMap<>();
  /** The analysed text of every migration, built on first use (one pass, not one per file). */
  private Map<FileId, String> analysed;

  ProjectLocator(Project project, Map<Path, OpenDocument> open) {
    this.project = project;
    this.open = open;
  }

  @Override
  public String uri(FileId file) {
    Path path = project.path(file);
    OpenDocument doc = open.get(path);
    return doc != null ? doc.uri() : Uris.of(path);
  }

  @Override
  public Optional<LineIndex> lines(FileId file) {
    return lines.computeIfAbsent(file, f -> text(f).map(LineIndex::of));
  }

  /**
   * The analysed text of {@code file} (a migration's, or a Prisma schema file's as its drift read
   * it), or its saved text for files outside every history.
   */
  Optional<String> text(FileId file) {
    if (analysed == null) {
      analysed = new HashMap<>();
      for (History h : project.histories()) {
        h.migrations().forEach(m -> analysed.putIfAbsent(m.file(), m.text()));
        h.schema().ifPresent(s -> s.drift().sources().forEach(src -> analysed.putIfAbsent(src.file(), src.text())));
      }
    }
    String text = analysed.get(file);
    if (text != null) {
      return Optional.of(text);
    }
    try {
      return Optional.of(project.files().read(file.path()));
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** The version of the open document at {@code file}, if it is open. */
  Optional<Integer> version(FileId file) {
    return Optional.ofNullable(open.get(project.path(file))).map(OpenDocument::version);
  }
}
