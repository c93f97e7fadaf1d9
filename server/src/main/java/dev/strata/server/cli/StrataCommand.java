package dev.strata.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code strata} command. It only holds {@code --help}/{@code --version}; the work is
 * done by subcommands, which {@code Main} registers one line each (with {@code help}).
 */
@Command(
    name = "strata",
    mixinStandardHelpOptions = true,
    versionProvider = StrataVersion.class,
    description = "Static analysis of PostgreSQL migration histories.")
public final class StrataCommand implements Runnable {
  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: that is a usage error (exit 2). */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command (try 'strata --help')");
  }
}
