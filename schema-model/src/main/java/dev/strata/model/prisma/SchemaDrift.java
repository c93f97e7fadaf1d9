package dev.strata.model.prisma;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.analysis.HoverResult;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.text.FileId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Prisma schema held against the migration history next to it: everything the editor and
 * {@code lint --drift} show for the schema files. {@code diagnostics} are the schema's parse
 * problems, then one {@link Drift} item per difference between the catalog after the last migration
 * and the one the schema implies. Immutable; build a new one when the schema or the history changes.
 */
public record SchemaDrift(List<PrismaSchema.Source> sources, PrismaSchema schema, Analysis history, Catalog prisma,
    List<Diagnostic> diagnostics) {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  public SchemaDrift {
    sources = List.copyOf(sources);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Parses {@code sources} as one schema and compares it with {@code history}'s final catalog. */
  public static SchemaDrift of(List<PrismaSchema.Source> sources, Analysis history) {
    PrismaSchema schema = PrismaSchema.parse(sources);
    Catalog prisma = PrismaCatalog.of(schema);
    List<Migration> ms = history.migrations();
    String last = ms.isEmpty() ? "" : ms.get(ms.size() - 1).name();
    List<Diagnostic> all = new ArrayList<>(schema.problems());
    all.addAll(Drift.compare(history.finalCatalog(), prisma, schema, last));
    return new SchemaDrift(sources, schema, history, prisma, all);
  }

  /** The schema files, in the order they were read. */
  public List<FileId> files() {
    return sources.stream().map(PrismaSchema.Source::file).toList();
  }

  /** The diagnostics placed in {@code file}. */
  public List<Diagnostic> diagnostics(FileId file) {
    return diagnostics.stream().filter(d -> d.range().file().equals(file)).toList();
  }

  /** True when some diagnostic is a drift item (not a parse problem). */
  public boolean drifts() {
    return diagnostics.stream().anyMatch(d -> d.code().equals(Drift.CODE));
  }

  /**
   * The migration that closes the drift, destructive steps commented out with a warning
   * ({@link DriftMigration#sql(Catalog, Catalog)}); empty when there is none.
   */
  public String migrationSql() {
    return DriftMigration.sql(history.finalCatalog(), prisma);
  }

  /**
   * Where Prisma would put a migration made at {@code now}:
   * {@code <migrationsDir>/<yyyyMMddHHmmss in UTC>_close_schema_drift/migration.sql}.
   */
  public static FileId closingMigrationFile(String migrationsDir, Instant now) {
    String stamp = STAMP.format(now);
    String dir = migrationsDir.isEmpty() || migrationsDir.endsWith("/") ? migrationsDir : migrationsDir + "/";
    return new FileId(dir + stamp + "_close_schema_drift/migration.sql");
  }

  /** The table or column under a model or field name at {@code offset}, as the history leaves it. */
  public Optional<HoverResult> hover(FileId file, int offset) {
    return PrismaHover.at(schema, prisma, history, file, offset);
  }
}
