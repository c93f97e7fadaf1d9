package dev.strata.server;

import dev.strata.server.cli.CliErrors;
import dev.strata.server.cli.LintCommand;
import dev.strata.server.cli.LintEngine;
import dev.strata.server.cli.LintEngines;
import dev.strata.server.cli.StrataCommand;
import dev.strata.server.cli.Terminal;
import dev.strata.server.verify.VerifyCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Entry point of strata.jar: dispatches to the CLI commands (lint, lsp, verify, timeline, schema, diff, status). */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    dev.strata.server.cli.Timings.mark("main");
    System.exit(run(args, Terminal.system(), LintEngines::defaultEngine));
  }

  /** Runs one invocation and returns its exit code; tests call this with a fake terminal/engine. */
  public static int run(String[] args, Terminal terminal, Supplier<LintEngine> lintEngine) {
    return commandLine(terminal, lintEngine, args.length > 0 ? args[0] : "").execute(args);
  }

  /** The whole command tree (help, completion, tests). */
  static CommandLine commandLine(Terminal terminal, Supplier<LintEngine> lintEngine) {
    return commandLine(terminal, lintEngine, "");
  }

  /**
   * The command tree. Adding a subcommand is one class and one line in {@link #subcommands}. When
   * {@code first} names a subcommand, only that one is built: picocli reads every command's
   * annotations by reflection, and building all seven cost a fresh process ~15 ms more before it
   * did anything. Anything else ({@code --help}, {@code help lint}, a typo) gets the whole tree.
   */
  static CommandLine commandLine(Terminal terminal, Supplier<LintEngine> lintEngine, String first) {
    Map<String, Supplier<Object>> all = subcommands(terminal, lintEngine);
    CommandLine cl = new CommandLine(new StrataCommand());
    if (all.containsKey(first)) {
      cl.addSubcommand(all.get(first).get());
    } else {
      cl.addSubcommand("help", new CommandLine.HelpCommand());
      all.values().forEach(s -> cl.addSubcommand(s.get()));
    }
    CliErrors errors = new CliErrors();
    return cl.setOut(terminal.out())
        .setErr(terminal.err())
        .setColorScheme(CommandLine.Help.defaultColorScheme(terminal.color() ? Ansi.ON : Ansi.OFF))
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  private static Map<String, Supplier<Object>> subcommands(Terminal terminal, Supplier<LintEngine> lintEngine) {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("lint", () -> new LintCommand(lintEngine, terminal));
    m.put("lsp", dev.strata.server.lsp.LspCommand::new);
    m.put("verify", VerifyCommand::new);
    m.put("timeline", dev.strata.server.history.TimelineCommand::new);
    m.put("schema", dev.strata.server.history.SchemaCommand::new);
    m.put("diff", dev.strata.server.history.DiffCommand::new);
    m.put("status", dev.strata.server.status.StatusCommand::new);
    return m;
  }
}
