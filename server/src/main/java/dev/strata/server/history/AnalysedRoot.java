package dev.strata.server.history;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One migration root of a project with the analysis of its history. */
record AnalysedRoot(MigrationRoot root, Analysis analysis) {

  /**
   * Every root under {@code path}, analysed with the project's strata.toml (rule severities,
   * baseline) as {@code lint} analyses it; empty when the project holds no migrations.
   */
  static List<AnalysedRoot> open(Path path) throws IOException {
    Workspace ws = Workspace.open(path);
    return ws.migrationRoots().stream().filter(r -> !r.migrations().isEmpty())
        .map(r -> new AnalysedRoot(r, Analysis.of(r.migrations(), ws.config().analysisConfig()))).toList();
  }

  /**
   * {@link #open}, or empty after one line on {@code err} ({@code strata <command>: cannot read
   * ...}) when the project cannot be read: the commands' shared usage error (exit 2).
   */
  static Optional<List<AnalysedRoot>> openOrReport(Path path, PrintWriter err, String command) {
    try {
      return Optional.of(open(path));
    } catch (IOException e) {
      err.println("strata " + command + ": cannot read " + path + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code prisma history in apps/backend/prisma/migrations}. */
  String title() {
    return root.tool().id() + " history in " + (root.directory().isEmpty() ? "." : root.directory());
  }
}
