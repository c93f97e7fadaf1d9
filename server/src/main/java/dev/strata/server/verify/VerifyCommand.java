package dev.strata.server.verify;

import dev.strata.server.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strata verify [PATH] [--database-url URL] [--format text|json]}: replays the project's
 * migrations on a real PostgreSQL and checks that the model agrees after every migration.
 * Exit 0 when it agrees, 1 when it does not, 2 for usage and connection problems.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Replay the migrations on a real PostgreSQL (in a throw-away database) and compare its schema",
        "and its errors with the model's after every migration.",
        "Exit status: 0 agree, 1 disagree, 2 usage or connection problem."})
public final class VerifyCommand implements Callable<Integer> {
  /** The environment variable read when {@code --database-url} is not given. */
  public static final String URL_VARIABLE = "STRATA_DATABASE_URL";

  /** The output formats. */
  public enum Format { text, json }

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Project folder (default: .)")
  Path path = Path.of(".");

  @Option(names = "--database-url", paramLabel = "URL",
      description = "PostgreSQL server: jdbc:postgresql://host:port/postgres?user=... or postgresql://user@host/postgres."
          + " The role must be allowed to create databases. Default: $" + URL_VARIABLE)
  String databaseUrl;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
  Format format = Format.text;

  private final UnaryOperator<String> environment;

  public VerifyCommand() {
    this(System::getenv);
  }

  /** For tests: {@code environment} stands in for {@link System#getenv(String)}. */
  public VerifyCommand(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> url = DatabaseUrl.given(databaseUrl, environment);
    if (url.isEmpty()) {
      err.println("strata verify needs a PostgreSQL server to replay the migrations on. Pass one with");
      err.println("  --database-url jdbc:postgresql://localhost:5432/postgres?user=me");
      err.println("or set " + URL_VARIABLE + ". The role must be allowed to create databases (CREATEDB);");
      err.println("verify works in a throw-away database strata_verify_* and drops it afterwards.");
      return 2;
    }
    try {
      DatabaseUrl server = DatabaseUrl.parse(url.get());
      Workspace workspace = Workspace.open(path);
      workspace.warnings().forEach(w -> err.println("warning: " + w));
      if (workspace.migrationRoots().isEmpty()) {
        err.println("strata verify: no migrations found under " + workspace.root());
        return 2;
      }
      VerifyReport report = Verification.run(server, workspace.migrationRoots());
      if (format == Format.json) {
        out.println(VerifyReportJson.format(report));
        out.flush();
      } else {
        VerifyReportText.print(report, out);
      }
      return report.agrees() ? 0 : 1;
    } catch (IllegalArgumentException | IOException e) {
      err.println("strata verify: " + DatabaseUrl.mask(String.valueOf(e.getMessage())));
      return 2;
    } catch (SQLException e) {
      err.println("strata verify: cannot use the PostgreSQL server at " + DatabaseUrl.mask(url.get()) + ": "
          + DatabaseUrl.mask(String.valueOf(e.getMessage())));
      return 2;
    }
  }
}
