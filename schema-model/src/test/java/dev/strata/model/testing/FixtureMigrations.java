package dev.strata.model.testing;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationReader;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.util.List;

/** Turns a {@link Fixture}'s files into migrations with the fixture tool's semantics (default: prisma). */
public final class FixtureMigrations {
  private FixtureMigrations() {}

  public static List<Migration> of(Fixture f) {
    Tool tool = f.tool().flatMap(Tool::fromId).orElse(Tool.PRISMA);
    return f.files().stream().map(file -> migration(tool, file)).toList();
  }

  static Migration migration(Tool tool, Fixture.FileText file) {
    String path = file.path();
    String name = path.endsWith("/migration.sql")
        ? path.substring(0, path.length() - "/migration.sql".length())
        : path.replaceFirst("\\.up\\.sql$", "").replaceFirst("\\.sql$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    TransactionMode mode = switch (tool) {
      case PRISMA, GOLANG_MIGRATE -> TransactionMode.IMPLICIT_SINGLE_QUERY;
      default -> TransactionMode.WRAPPED;
    };
    Migration whole = Migration.whole(new FileId(path), name, name, tool, mode, file.text());
    return MigrationReader.reread(whole, file.text());
  }
}
