package dev.strata.model.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed texts of the fuzz campaign: the corpus' SQL and Prisma files (system property
 * {@code strata.corpus}), read in path order so that a seed always names the same inputs. The
 * corpus is read, never copied.
 */
final class FuzzCorpus {
  private static List<String> sql;
  private static List<String> prisma;

  private FuzzCorpus() {}

  static synchronized List<String> sql() {
    if (sql == null) {
      sql = read(".sql");
    }
    return sql;
  }

  static synchronized List<String> prisma() {
    if (prisma == null) {
      prisma = read(".prisma");
    }
    return prisma;
  }

  static Path root() {
    String dir = System.getProperty("strata.corpus");
    if (dir == null) {
      throw new IllegalStateException("system property strata.corpus is not set");
    }
    return Path.of(dir);
  }

  private static List<String> read(String suffix) {
    try (Stream<Path> files = Files.walk(root())) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
      if (paths.isEmpty()) {
        throw new IllegalStateException("no " + suffix + " file under " + root());
      }
      return paths.stream().map(FuzzCorpus::text).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
