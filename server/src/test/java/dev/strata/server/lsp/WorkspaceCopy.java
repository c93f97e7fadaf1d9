package dev.strata.server.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A scratch copy of a test-workspace project, so tests may edit, break or delete its files. */
final class WorkspaceCopy {
  private WorkspaceCopy() {}

  static Path of(Path source, Path target) throws IOException {
    try (Stream<Path> all = Files.walk(source)) {
      all.forEach(p -> {
        Path to = target.resolve(source.relativize(p).toString());
        try {
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return target;
  }
}
