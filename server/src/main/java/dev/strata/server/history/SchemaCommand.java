package dev.strata.server.history;

import dev.strata.model.analysis.MermaidEr;
import dev.strata.model.analysis.SchemaDdl;
import dev.strata.model.catalog.Catalog;
import dev.strata.model.snapshot.Snapshots;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata schema [PATH] (--at M | --before M) [--format ddl|json|mermaid]}: the schema as the
 * model sees it right after migration M ({@code --at}) or right before it ({@code --before}). M is
 * a migration's full name or a prefix only it has. JSON is the snapshot {@code verify} compares
 * with PostgreSQL. Exit 2 for an unknown or ambiguous migration.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the schema at a point in the history, as DDL, JSON or a Mermaid ER diagram.")
public final class SchemaCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format { ddl, json, mermaid }

  /** Exactly one point: after a migration or before it. */
  static final class Point {
    @Option(names = "--at", paramLabel = "MIGRATION", required = true,
        description = "After this migration (full name or unique prefix)")
    String at;

    @Option(names = "--before", paramLabel = "MIGRATION", required = true,
        description = "Before this migration (full name or unique prefix)")
    String before;
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Project folder (default: .)")
  Path path = Path.of(".");

  @ArgGroup(exclusive = true, multiplicity = "1")
  Point point;

  @Option(names = "--format", paramLabel = "FORMAT", description = "ddl (default), json or mermaid")
  Format format = Format.ddl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String query = point.at != null ? point.at : point.before;
    Optional<List<AnalysedRoot>> opened = AnalysedRoot.openOrReport(path, err, "schema");
    if (opened.isEmpty()) {
      return 2;
    }
    MigrationChoice choice = MigrationChoice.find(opened.get(), query);
    if (choice instanceof MigrationChoice.Unknown u) {
      err.println("strata schema: " + u.message());
      return 2;
    }
    MigrationChoice.Found found = (MigrationChoice.Found) choice;
    Catalog catalog = point.at != null ? found.result().after() : found.result().before();
    out.print(render(catalog));
    out.flush();
    return 0;
  }

  private String render(Catalog catalog) {
    switch (format) {
      case json:
        return HistoryJson.GSON.toJson(Snapshots.of(catalog)) + "\n";
      case mermaid:
        return MermaidEr.print(catalog);
      default:
        return SchemaDdl.print(catalog);
    }
  }
}
