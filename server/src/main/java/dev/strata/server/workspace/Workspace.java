package dev.strata.server.workspace;

import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project as found on disk: its configuration, its files and its migration roots. {@code
 * warnings} gathers configuration and walk problems for the user (CLI stderr, LSP log).
 */
public record Workspace(Path root, ProjectConfig config, ProjectFiles files, List<MigrationRoot> migrationRoots) {
  public Workspace {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(files, "files");
    migrationRoots = List.copyOf(migrationRoots);
  }

  /** Reads strata.toml, walks the tree and discovers the migration roots it configures or holds. */
  public static Workspace open(Path root) throws IOException {
    Path r = root.toAbsolutePath().normalize();
    ProjectConfig config = ProjectConfig.load(r);
    List<String> folders = config.roots().isEmpty() ? List.of("") : config.roots();
    ProjectFiles files = ProjectFiles.scan(r, folders, false, ProjectFiles.DEFAULT_MAX_FILES);
    List<MigrationRoot> roots = MigrationDiscovery.discover(files.paths(), files::read, config.discoveryOptions());
    return new Workspace(r, config, files, roots);
  }

  public List<String> warnings() {
    List<String> all = new ArrayList<>(config.warnings());
    all.addAll(files.warnings());
    return all;
  }
}
