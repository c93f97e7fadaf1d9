package dev.strata.server;

import dev.strata.server.cli.CliErrors;
import dev.strata.server.cli.LintCommand;
import dev.strata.server.cli.LintEngine;
import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.StrataCommand;
import dev.strata.server.cli.Terminal;
import dev.strata.server.verify.VerifyCommand;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Entry point of strata.jar: dispatches to the CLI commands (lint, lsp, verify, timeline, schema, diff, status). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, Terminal.system(), LintEngines::defaultEngine));
  }

  /** Runs one invocation and returns its exit code; tests call this with a fake terminal/engine. */
  public static int run(String[] args, Terminal terminal, Supplier<LintEngine> lintEngine) {
    return commandLine(terminal, lintEngine).execute(args);
  }

  /** The command tree. Adding a subcommand is one class and one {@code addSubcommand} line. */
  static CommandLine commandLine(Terminal terminal, Supplier<LintEngine> lintEngine) {
    CommandLine cl = new CommandLine(new StrataCommand());
    cl.addSubcommand(new LintCommand(lintEngine, terminal));
    cl.addSubcommand(new dev.strata.server.lsp.LspCommand());
    cl.addSubcommand(new VerifyCommand());
    cl.addSubcommand(new dev.strata.server.history.TimelineCommand());
    cl.addSubcommand(new dev.strata.server.history.SchemaCommand());
    cl.addSubcommand(new dev.strata.server.history.DiffCommand());
    cl.addSubcommand(new dev.strata.server.status.StatusCommand());
    CliErrors errors = new CliErrors();
    return cl.setOut(terminal.out())
        .setErr(terminal.err())
        .setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? Ansi.ON : Ansi.OFF))
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }
}
