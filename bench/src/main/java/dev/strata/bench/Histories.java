package dev.strata.bench;

import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The histories the benchmarks analyse: a corpus folder read from disk, or a generated one. */
public final class Histories {
  /** The corpus history every target is stated for. */
  public static final String TRIGGER = "triggerdotdev__trigger.dev";

  private Histories() {}

  /** Where the shared corpus is: system property {@code strata.corpus}, else {@code ../shared/corpus}. */
  public static Path corpus() {
    String p = System.getProperty("strata.corpus");
    if (p != null) {
      return Path.of(p);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path c = dir.resolve("../shared/corpus").normalize();
      if (Files.isDirectory(c.resolve(TRIGGER))) {
        return c;
      }
    }
    throw new IllegalStateException("corpus not found: set -Dstrata.corpus=");
  }

  /** The migrations of the largest root under {@code dir}, discovered as {@code strata lint} does. */
  public static List<Migration> load(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> paths = walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
      List<MigrationRoot> roots = MigrationDiscovery.discover(paths, rel -> read(dir, rel), DiscoveryOptions.DETECT);
      MigrationRoot biggest = roots.get(0);
      for (MigrationRoot r : roots) {
        if (r.migrations().size() > biggest.migrations().size()) {
          biggest = r;
        }
      }
      return biggest.migrations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path root, String rel) {
    try {
      return Files.readString(root.resolve(rel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** trigger.dev's 820 migrations. */
  public static List<Migration> trigger() {
    return load(corpus().resolve(TRIGGER));
  }
}
