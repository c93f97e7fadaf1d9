package dev.strata.model.prisma;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.DiscoveryOptions;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationDiscovery;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.text.FileId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test-workspace project {@code prisma-p3006}: its history and its Phase-5 schema. */
final class Workspace3006 {
  static final Path ROOT = Path.of("../test-workspace/prisma-p3006");
  static final String SCHEMA_PATH = "apps/backend/prisma/schema.prisma";

  private Workspace3006() {}

  static List<Migration> migrations() throws IOException {
    List<String> paths;
    try (Stream<Path> s = Files.walk(ROOT)) {
      paths = s.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
    List<MigrationRoot> roots = MigrationDiscovery.discover(paths, Workspace3006::read, DiscoveryOptions.DETECT);
    return roots.get(0).migrations();
  }

  static String schemaText() {
    return read(SCHEMA_PATH);
  }

  static PrismaSchema schema() {
    return PrismaSchema.parse(new FileId(SCHEMA_PATH), schemaText());
  }

  static Analysis analysis() throws IOException {
    return Analysis.of(migrations());
  }

  private static String read(String rel) {
    try {
      return Files.readString(ROOT.resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
