package dev.strata.server.history;

import dev.strata.model.analysis.MigrationResult;
import dev.strata.model.analysis.SchemaDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata diff [PATH] --from M1 --to M2 [--format text|json]}: how the schema after M2
 * differs from the schema after M1 — objects added, removed, altered and renamed (a rename the
 * migrations spell is a rename, not an add and a drop). Both migrations must be of one history
 * and M1 must not come after M2. Exit 0, or 2 for bad migrations.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed in the schema between two migrations (after --from, after --to).")
public final class DiffCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Project folder (default: .)")
  Path path = Path.of(".");

  @Option(names = "--from", paramLabel = "MIGRATION", required = true, description = "Start: after this migration")
  String from;

  @Option(names = "--to", paramLabel = "MIGRATION", required = true, description = "End: after this migration")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<List<AnalysedRoot>> opened = AnalysedRoot.openOrReport(path, err, "diff");
    if (opened.isEmpty()) {
      return 2;
    }
    List<AnalysedRoot> roots = opened.get();
    MigrationChoice a = MigrationChoice.find(roots, from);
    MigrationChoice b = MigrationChoice.find(roots, to);
    for (MigrationChoice c : List.of(a, b)) {
      if (c instanceof MigrationChoice.Unknown u) {
        err.println("strata diff: " + u.message());
        return 2;
      }
    }
    MigrationChoice.Found start = (MigrationChoice.Found) a;
    MigrationChoice.Found end = (MigrationChoice.Found) b;
    MigrationResult m1 = start.result();
    MigrationResult m2 = end.result();
    if (start.root() != end.root() || m1.index() > m2.index()) {
      err.println("strata diff: " + m1.migration().name() + (start.root() != end.root()
          ? " and " + m2.migration().name() + " belong to different histories"
          : " comes after " + m2.migration().name() + "; swap --from and --to"));
      return 2;
    }
    SchemaDiff d = SchemaDiff.between(start.root().analysis(), m1, m2);
    String a1 = m1.migration().name();
    String a2 = m2.migration().name();
    out.print(format == Format.json ? HistoryJson.diff(a1, a2, d) + "\n" : DiffText.print(a1, a2, d));
    out.flush();
    return 0;
  }
}
