package dev.strata.server.status;

import dev.strata.model.migration.MigrationRoot;
import dev.strata.model.migration.Tool;
import dev.strata.server.verify.DatabaseUrl;
import dev.strata.server.verify.VerifyCommand;
import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata status [PATH] [--database-url URL] [--root DIR] [--format text|json]}: the pre-flight
 * check before a deploy. Exit 0 when every migration is applied, or only pending ones remain, and
 * nothing drifted; 1 when a migration failed, changed after it was applied or has lost its file, or
 * the schema drifted; 2 for usage and connection problems.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
        "Compare a database with the migration history before a deploy, read-only: which migrations are",
        "applied, pending, failed, changed since they were applied or missing on disk, and whether the",
        "schema drifted from what the applied migrations build.",
        "Exit status: 0 ok (pending migrations allowed), 1 something to look at, 2 usage or connection problem."})
public final class StatusCommand implements Callable<Integer> {
  /** The output formats. */
  public enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Project folder (default: .)")
  Path path = Path.of(".");

  @Option(names = "--database-url", paramLabel = "URL",
      description = "The database to check: jdbc:postgresql://host:port/db?user=... or postgresql://user@host/db."
          + " Only read. Default: $" + VerifyCommand.URL_VARIABLE)
  String databaseUrl;

  @Option(names = "--root", paramLabel = "DIR",
      description = "The migration folder to check, relative to PATH, when the project has several")
  String root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  private final UnaryOperator<String> environment;

  public StatusCommand() {
    this(System::getenv);
  }

  /** For tests: {@code environment} stands in for {@link System#getenv(String)}. */
  public StatusCommand(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> url = DatabaseUrl.given(databaseUrl, environment);
    if (url.isEmpty()) {
      err.println("strata status needs the database to check. Pass it with");
      err.println("  --database-url jdbc:postgresql://localhost:5432/app?user=me");
      err.println("or set " + VerifyCommand.URL_VARIABLE + ". It is only read, in a READ ONLY transaction.");
      return 2;
    }
    try {
      DatabaseUrl database = DatabaseUrl.parse(url.get());
      Workspace workspace = Workspace.open(path);
      workspace.warnings().forEach(w -> err.println("warning: " + w));
      Optional<MigrationRoot> chosen = choose(workspace, err);
      if (chosen.isEmpty()) {
        return 2;
      }
      StatusReport report = StatusCheck.run(database, workspace.root(), chosen.get());
      if (format == Format.json) {
        out.println(StatusJson.format(report));
        out.flush();
      } else {
        StatusText.print(report, out);
      }
      return report.exitCode();
    } catch (IllegalArgumentException | IOException e) {
      err.println("strata status: " + DatabaseUrl.mask(String.valueOf(e.getMessage())));
      return 2;
    } catch (SQLException e) {
      err.println("strata status: cannot read the database at " + DatabaseUrl.mask(url.get()) + ": "
          + DatabaseUrl.mask(String.valueOf(e.getMessage())));
      return 2;
    }
  }

  /** The one root to check, or empty after saying why on {@code err}. */
  private Optional<MigrationRoot> choose(Workspace workspace, PrintWriter err) {
    List<MigrationRoot> roots = workspace.migrationRoots().stream()
        .filter(r -> root == null || r.directory().equals(Path.of(root).normalize().toString().replace('\\', '/')))
        .collect(Collectors.toList());
    if (roots.isEmpty()) {
      err.println("strata status: no migrations found under " + workspace.root()
          + (root == null ? "" : " in folder " + root));
      return Optional.empty();
    }
    if (roots.size() > 1) {
      err.println("strata status: the project has several migration folders; choose one with --root:");
      roots.forEach(r -> err.println("  --root " + (r.directory().isEmpty() ? "." : r.directory())
          + "   (" + r.tool().id() + ")"));
      return Optional.empty();
    }
    if (roots.get(0).tool() == Tool.PLAIN) {
      err.println("strata status: " + (roots.get(0).directory().isEmpty() ? "." : roots.get(0).directory())
          + " is a plain SQL folder; without a migration tool there is no bookkeeping table to read."
          + " Set the tool in strata.toml.");
      return Optional.empty();
    }
    return Optional.of(roots.get(0));
  }
}
