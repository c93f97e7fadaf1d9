package dev.strata.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the CLI reports failures that escape a command. Bad usage is one line on stderr and exit 2
 * (no usage dump: the line says where to get help). A bug is a stack trace and exit 3, so scripts
 * can tell it from findings (1) and usage errors (2).
 */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** Exit code for bad usage, as picocli's own. */
  public static final int USAGE = 2;
  /** Exit code for an internal error. */
  public static final int INTERNAL = 3;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String name = cl.getCommandSpec().qualifiedName();
    String message = ex.getMessage() == null ? "invalid usage" : ex.getMessage().strip();
    String hint = message.contains("--help") ? "" : " (try '" + name + " --help')";
    cl.getErr().println(name + ": " + message.replace('\n', ' ') + hint);
    return USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    err.println(cl.getCommandSpec().qualifiedName() + ": internal error: " + ex);
    ex.printStackTrace(err);
    return INTERNAL;
  }
}
