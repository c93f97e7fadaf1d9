package dev.strata.server.history;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One migration root of a project with the analysis of its history. */
record AnalysedRoot(MigrationRoot root, Analysis analysis) {

  /** Every root under {@code path}, analysed; empty when the project holds no migrations. */
  static List<AnalysedRoot> open(Path path) throws IOException {
    Workspace ws = Workspace.open(path);
    return ws.migrationRoots().stream().filter(r -> !r.migrations().isEmpty())
        .map(r -> new AnalysedRoot(r, Analysis.of(r.migrations()))).toList();
  }

  /** {@code prisma history in apps/backend/prisma/migrations}. */
  String title() {
    return root.tool().id() + " history in " + (root.directory().isEmpty() ? "." : root.directory());
  }
}
