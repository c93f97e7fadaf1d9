package dev.strata.server.verify;

import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.testing.TestPostgres;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Shared fixtures of the verify tests: the test server and the sample projects. */
final class VerifyTesting {
  private VerifyTesting() {}

  static DatabaseUrl server() {
    return DatabaseUrl.parse(TestPostgres.jdbcUrl());
  }

  static Path repository(String relative) {
    return Path.of(System.getProperty("strata.root", "..")).resolve(relative);
  }

  static Path corpus(String history) {
    return Path.of(System.getProperty("strata.corpus", "../../shared/corpus")).resolve(history);
  }

  /** The single migration root of a project. */
  static MigrationRoot onlyRoot(Path project) throws IOException {
    List<MigrationRoot> roots = Workspace.open(project).migrationRoots();
    if (roots.size() != 1) {
      throw new AssertionError("expected one migration root in " + project + ", found " + roots);
    }
    return roots.get(0);
  }
}
