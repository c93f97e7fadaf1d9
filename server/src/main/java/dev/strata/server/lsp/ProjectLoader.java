package dev.strata.server.lsp;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import dev.strata.server.workspace.ProjectConfig;
import dev.strata.server.workspace.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Project} values: {@link #load} walks and discovers afresh (start-up, watched-file
 * and settings changes), {@link #refresh} only swaps in the editor's texts (every keystroke). Both
 * re-use earlier analyses, so an edit in migration k recomputes from k on. A Prisma history's schema
 * is held against the analysis with the editor's texts, so an edit to a migration or to the schema
 * re-computes its drift.
 */
final class ProjectLoader {
  private ProjectLoader() {}

  /**
   * Reads strata.toml, walks the folder and discovers its migration roots from the saved texts,
   * then analyses each history with the open documents' texts. Problems go to {@code warnings}.
   */
  static Project load(Path folder, ServerSettings settings, Map<Path, OpenDocument> open, Optional<Project> previous,
      List<String> warnings) throws IOException {
    ProjectConfig config = ProjectConfig.load(folder);
    List<String> folders = settings.migrationRoots().isEmpty() && config.roots().isEmpty()
        ? List.of("")
        : settings.discoveryOptions(config).roots();
    ProjectFiles files = ProjectFiles.scan(folder, folders, false, ProjectFiles.DEFAULT_MAX_FILES);
    warnings.addAll(config.warnings());
    warnings.addAll(files.warnings());
    List<MigrationRoot> roots = MigrationDiscovery.discover(files.paths(), path -> read(files, path, warnings),
        settings.discoveryOptions(config));
    AnalysisConfig analysisConfig = settings.analysisConfig(config);
    List<History> histories = new ArrayList<>();
    for (MigrationRoot root : roots) {
      List<Migration> migrations = withOpenTexts(folder, root.migrations(), open);
      Optional<Analysis> reusable = previous.flatMap(p -> p.histories().stream()
              .filter(h -> h.root().directory().equals(root.directory()))
              .findFirst())
          .map(History::analysis)
          .filter(a -> a.config().equals(analysisConfig));
      Analysis analysis = reusable.map(a -> a.update(migrations)).orElseGet(() -> Analysis.of(migrations, analysisConfig));
      histories.add(new History(root, analysis, SchemaState.load(folder, files, root, analysis, open, warnings)));
    }
    return new Project(folder, config, files, histories);
  }

  /** The same project with each migration's text taken from the editor when open, else from disk. */
  static Project refresh(Project p, Map<Path, OpenDocument> open) {
    List<History> histories = new ArrayList<>();
    for (History h : p.histories()) {
      Analysis analysis = h.analysis();
      Map<FileId, String> analysed = new HashMap<>();
      analysis.migrations().forEach(m -> analysed.put(m.file(), m.text()));
      for (Migration saved : h.root().migrations()) {
        String wanted = textOf(p.folder(), saved, open);
        String now = analysed.get(saved.file());
        if (now != null && !now.equals(wanted)) {
          analysis = analysis.withText(saved.file(), wanted);
        }
      }
      Analysis now = analysis;
      histories.add(new History(h.root(), now, h.schema().map(s -> s.refresh(p.folder(), now, open))));
    }
    return new Project(p.folder(), p.config(), p.files(), histories);
  }

  private static List<Migration> withOpenTexts(Path folder, List<Migration> saved, Map<Path, OpenDocument> open) {
    List<Migration> out = new ArrayList<>(saved.size());
    for (Migration m : saved) {
      String text = textOf(folder, m, open);
      out.add(text.equals(m.text()) ? m : m.withText(text));
    }
    return out;
  }

  private static String textOf(Path folder, Migration saved, Map<Path, OpenDocument> open) {
    OpenDocument doc = open.get(folder.resolve(saved.file().path()).normalize());
    return doc == null ? saved.text() : doc.text();
  }

  /** A file's saved text; an unreadable one (deleted since the walk) is empty and a warning. */
  /** Discovery may call this from several threads at once. */
  private static String read(ProjectFiles files, String path, List<String> warnings) {
    try {
      return files.read(path);
    } catch (UncheckedIOException e) {
      synchronized (warnings) {
        warnings.add("cannot read " + path + " (" + e.getCause().getMessage() + "); treating it as empty");
      }
      return "";
    }
  }
}
