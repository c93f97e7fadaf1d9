package dev.strata.server.lsp;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.text.FileId;
import dev.strata.model.analysis.MigrationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One migration root as the server sees it: the root as discovered on disk ({@code root}, whose
 * migrations hold the saved texts), the analysis of the history with the editor's unsaved texts and,
 * for a Prisma root with a schema, that schema held against the analysis ({@code schema}).
 */
record History(MigrationRoot root, Analysis analysis, Optional<SchemaState> schema) {

  History(MigrationRoot root, Analysis analysis) {
    this(root, analysis, Optional.empty());
  }

  /** The migration texts the editor shows: open documents' texts, saved texts for the rest. */
  List<Migration> migrations() {
    return analysis.migrations();
  }

  /**
   * Everything to show for {@code file}: discovery problems naming it plus its analysis
   * diagnostics, with the configured severities applied and rules turned off removed.
   */
  List<Diagnostic> diagnostics(FileId file) {
    List<Diagnostic> all = new ArrayList<>();
    for (Diagnostic d : root.problems()) {
      if (d.range().file().equals(file)) {
        all.add(d);
      }
    }
    all.addAll(analysis.diagnostics(file));
    schema.ifPresent(s -> all.addAll(s.drift().diagnostics(file)));
    return configured(all, analysis.config());
  }

  /**
   * {@link #diagnostics(FileId)} of every file of {@link #files()}, in that order, in one pass over
   * the history (asking file by file would search the history once per file: quadratic in its length).
   */
  Map<FileId, List<Diagnostic>> diagnosticsByFile() {
    Map<FileId, List<Diagnostic>> all = new LinkedHashMap<>();
    for (Migration m : migrations()) {
      all.put(m.file(), new ArrayList<>());
    }
    for (Diagnostic d : root.problems()) {
      all.computeIfAbsent(d.range().file(), f -> new ArrayList<>()).add(d);
    }
    for (MigrationResult r : analysis.results()) {
      all.get(r.migration().file()).addAll(r.diagnostics());
    }
    schema.ifPresent(s -> s.drift().files().forEach(f -> all.put(f, new ArrayList<>(s.drift().diagnostics(f)))));
    all.replaceAll((file, ds) -> configured(ds, analysis.config()));
    return all;
  }

  /**
   * Applies the rule severities of {@code config}. The model records the configuration but does
   * not apply it yet (FIXME: move into {@code Analysis} so {@code lint} honours it too).
   */
  static List<Diagnostic> configured(List<Diagnostic> ds, AnalysisConfig config) {
    Map<String, Optional<Severity>> levels = config.severities();
    if (levels.isEmpty()) {
      return ds;
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : ds) {
      Optional<Severity> level = levels.getOrDefault(d.code().id(), Optional.of(d.severity()));
      level.ifPresent(s -> out.add(s == d.severity() ? d : d.withSeverity(s)));
    }
    return out;
  }

  /**
   * The files this history reports on: every migration, its schema files, plus any file a discovery
   * problem names.
   */
  List<FileId> files() {
    List<FileId> out = new ArrayList<>();
    migrations().forEach(m -> out.add(m.file()));
    schema.ifPresent(s -> out.addAll(s.drift().files()));
    for (Diagnostic d : root.problems()) {
      if (!out.contains(d.range().file())) {
        out.add(d.range().file());
      }
    }
    return out;
  }

  Optional<Migration> migration(FileId file) {
    return analysis.result(file).map(r -> r.migration());
  }
}
