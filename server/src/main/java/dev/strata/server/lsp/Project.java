package dev.strata.server.lsp;

import dev.strata.model.text.FileId;
import dev.strata.server.workspace.ProjectConfig;
import dev.strata.server.workspace.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One workspace folder: its strata.toml, its files as last walked and one {@link History} per
 * migration root. Immutable; the server replaces the whole value after every analysis.
 */
record Project(Path folder, ProjectConfig config, ProjectFiles files, List<History> histories) {
  Project {
    histories = List.copyOf(histories);
  }

  /** The id the model uses for {@code path}, when the path lies inside this folder. */
  Optional<FileId> fileId(Path path) {
    if (!path.startsWith(folder)) {
      return Optional.empty();
    }
    return Optional.of(new FileId(folder.relativize(path).toString()));
  }

  Path path(FileId file) {
    return folder.resolve(file.path()).normalize();
  }

  /** The history whose Prisma schema includes {@code file}. */
  Optional<History> schemaOf(FileId file) {
    return histories.stream().filter(h -> h.schema().map(s -> s.holds(file)).orElse(false)).findFirst();
  }

  /** The history whose migrations include {@code file}. */
  Optional<History> historyOf(FileId file) {
    return histories.stream().filter(h -> h.migration(file).isPresent()).findFirst();
  }
}
