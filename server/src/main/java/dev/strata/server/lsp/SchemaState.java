package dev.strata.server.lsp;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.prisma.PrismaSchema;
import dev.strata.model.prisma.SchemaDrift;
import dev.strata.model.prisma.SchemaFiles;
import dev.strata.model.text.FileId;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import dev.strata.server.workspace.ProjectFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Prisma schema of one history as the editor shows it: the saved texts of its files (as last
 * walked) and the {@link SchemaDrift} of the editor's texts (an open file's unsaved text wins)
 * against the history's analysis. Immutable; {@link #refresh} rebuilds the drift only when the
 * analysis or a schema text changed.
 */
record SchemaState(List<PrismaSchema.Source> saved, SchemaDrift drift) {
  SchemaState {
    saved = List.copyOf(saved);
  }

  /**
   * The schema of a Prisma root with migrations, when its project has one ({@link SchemaFiles});
   * empty otherwise. An unreadable schema file is skipped with a warning.
   */
  static Optional<SchemaState> load(Path folder, ProjectFiles files, MigrationRoot root, Analysis analysis,
      Map<Path, OpenDocument> open, List<String> warnings) {
    if (root.tool() != Tool.PRISMA || root.migrations().isEmpty()) {
      return Optional.empty();
    }
    List<PrismaSchema.Source> saved = new ArrayList<>();
    for (String p : SchemaFiles.of(root.directory(), files.paths())) {
      try {
        saved.add(new PrismaSchema.Source(new FileId(p), files.read(p)));
      } catch (UncheckedIOException e) {
        warnings.add("cannot read " + p + " (" + e.getCause().getMessage() + "); no drift shown for it");
      }
    }
    if (saved.isEmpty()) {
      return Optional.empty();
    }
    List<PrismaSchema.Source> shown = withOpenTexts(folder, saved, open);
    return Optional.of(new SchemaState(saved, SchemaDrift.of(shown, analysis)));
  }

  /** The same schema against {@code analysis} with the editor's current texts; this value when nothing moved. */
  SchemaState refresh(Path folder, Analysis analysis, Map<Path, OpenDocument> open) {
    List<PrismaSchema.Source> shown = withOpenTexts(folder, saved, open);
    if (analysis == drift.history() && shown.equals(drift.sources())) {
      return this;
    }
    return new SchemaState(saved, SchemaDrift.of(shown, analysis));
  }

  boolean holds(FileId file) {
    return saved.stream().anyMatch(s -> s.file().equals(file));
  }

  private static List<PrismaSchema.Source> withOpenTexts(Path folder, List<PrismaSchema.Source> saved,
      Map<Path, OpenDocument> open) {
    return saved.stream().map(s -> {
      OpenDocument doc = open.get(folder.resolve(s.file().path()).normalize());
      return doc == null ? s : new PrismaSchema.Source(s.file(), doc.text());
    }).toList();
  }
}
