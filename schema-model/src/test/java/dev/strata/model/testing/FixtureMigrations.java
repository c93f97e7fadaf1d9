package dev.strata.model.testing;

import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.check.Checks;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationReader;
import dev.strata.model.migration.Tool;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.text.FileId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link Fixture}'s files into migrations with the fixture tool's semantics (default: prisma). */
public final class FixtureMigrations {
  private FixtureMigrations() {}

  public static List<Migration> of(Fixture f) {
    Tool tool = f.tool().flatMap(Tool::fromId).orElse(Tool.PRISMA);
    return f.files().stream().map(file -> migration(tool, file)).toList();
  }

  /** The analysis configuration the fixture asks for: its {@code -- enable:} rules on at their default severity. */
  public static AnalysisConfig config(Fixture f) {
    Map<String, Optional<Severity>> severities = new HashMap<>();
    for (String id : f.enabled()) {
      Severity s = Checks.byId(id).map(r -> r.code().defaultSeverity())
          .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
      severities.put(id, Optional.of(s));
    }
    return new AnalysisConfig(severities, AnalysisConfig.DEFAULT.postgresVersion());
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
