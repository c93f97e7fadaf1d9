package dev.strata.server.cli;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.model.prisma.PrismaSchema;
import dev.strata.model.prisma.SchemaDrift;
import dev.strata.model.prisma.SchemaFiles;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lint --drift}: for every Prisma history whose project has a schema
 * ({@code <migrations>/../schema.prisma}, or the {@code <migrations>/../schema/} folder read as one
 * schema), the drift between the catalog after the last migration and the schema, one line per
 * difference as {@code file:line:col warning[schema-drift] message}, then a count.
 */
final class DriftReport {
  private DriftReport() {}

  static String render(Path root) throws IOException {
    Workspace ws = Workspace.open(root);
    StringBuilder out = new StringBuilder();
    for (MigrationRoot r : ws.migrationRoots()) {
      if (r.tool() != Tool.PRISMA || r.migrations().isEmpty()) {
        continue;
      }
      List<PrismaSchema.Source> sources = schemaSources(ws, r.directory());
      if (sources.isEmpty()) {
        continue;
      }
      List<Diagnostic> items = SchemaDrift.of(sources, Analysis.of(r.migrations())).diagnostics();
      for (Diagnostic d : items) {
        out.append(line(d, sources)).append('\n');
      }
      out.append("drift: ").append(items.size()).append(items.size() == 1 ? " difference" : " differences")
          .append(" between ").append(r.directory()).append(" and its Prisma schema\n");
    }
    return out.toString();
  }

  private static List<PrismaSchema.Source> schemaSources(Workspace ws, String migrationsDir) {
    return SchemaFiles.of(migrationsDir, ws.files().paths()).stream()
        .map(p -> new PrismaSchema.Source(new FileId(p), ws.files().read(p))).toList();
  }

  private static String line(Diagnostic d, List<PrismaSchema.Source> sources) {
    String text = sources.stream().filter(s -> s.file().equals(d.range().file())).map(PrismaSchema.Source::text)
        .findFirst().orElse("");
    LineIndex idx = LineIndex.of(text);
    int start = d.range().range().start();
    return d.range().file().path() + ":" + (idx.line(start) + 1) + ":" + (idx.column(start) + 1) + " "
        + d.severity().label() + "[" + d.code().id() + "] " + d.message();
  }
}
