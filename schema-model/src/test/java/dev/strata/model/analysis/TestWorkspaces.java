package dev.strata.model.analysis;

import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The histories of the projects in {@code test-workspace/}, discovered as the CLI would. */
final class TestWorkspaces {
  private TestWorkspaces() {}

  /** The first migration root of {@code test-workspace/<project>}. */
  static List<Migration> migrations(String project) throws IOException {
    Path root = Path.of("../test-workspace").resolve(project);
    List<String> paths;
    try (Stream<Path> s = Files.walk(root)) {
      paths = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
    List<MigrationRoot> roots = MigrationDiscovery.discover(paths, p -> read(root.resolve(p)), DiscoveryOptions.DETECT);
    return roots.get(0).migrations();
  }

  static Analysis analysis(String project) throws IOException {
    return Analysis.of(migrations(project));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
