package dev.strata.server.cli;

import dev.strata.model.migration.Tool;
import dev.strata.server.git.GitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code strata lint [PATH]}: lint a migration history and report in one of four formats.
 *
 * <p>Exit codes: 0 when nothing is at or above {@code --fail-on}, 1 when something is, 2 for bad
 * usage (unknown format, tool or threshold; a missing or unreadable PATH; an unwritable
 * {@code --output}; no engine; git missing, or a ref it does not know, when {@code --changed-since},
 * {@code --base-ref} or strata.toml's {@code [git] base-ref} needs it), always with one line on stderr; 3 for a bug (see {@link
 * CliErrors}). Convert, call, convert: this class validates options, runs the engine and hands
 * the report to a {@link Reporter}.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = StrataVersion.class,
    description = "Check every migration against the schema as it stands at that point in history.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above --fail-on",
      "1:findings at or above --fail-on",
      "2:bad usage, unreadable PATH, unwritable --output, or git missing or unaware of a ref",
      "3:internal error (a bug in Strata)"
    })
public final class LintCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
      description = "Project or migrations directory (default: the current directory).")
  String path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, json, sarif, github or gitlab (default: text).")
  String format;

  @Option(names = "--tool", paramLabel = "NAME", completionCandidates = ToolIds.class,
      description = "Migration tool deciding file order: ${COMPLETION-CANDIDATES}"
          + " (default: detect).")
  String tool;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit with 1 on findings at or above: error or warning (default: error).")
  String failOn;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout (never coloured).")
  String output;

  @Option(names = "--changed-since", paramLabel = "REF",
      description = "Report only on migrations added or changed since the git ref REF (committed since the"
          + " merge base, or uncommitted); the whole history is still analysed.")
  String changedSince;

  @Option(names = "--base-ref", paramLabel = "REF",
      description = "The main branch the git-aware rules compare with (default: strata.toml's [git] base-ref,"
          + " else origin/main, else main).")
  String baseRef;

  @Option(names = "--drift",
      description = "Also report drift between each Prisma history and its schema.prisma.")
  boolean drift;

  private final Supplier<LintEngine> engines;
  private final Terminal terminal;

  /**
   * @param engines called once per run, so a missing engine only fails {@code lint} itself and
   *     never {@code --help}
   */
  public LintCommand(Supplier<LintEngine> engines, Terminal terminal) {
    this.engines = engines;
    this.terminal = terminal;
  }

  /** Tool ids as shown in help and error messages. */
  static String toolIds() {
    return String.join(", ", new ToolIds());
  }

  /** The {@code --tool} values, for picocli's help and completion. */
  static final class ToolIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Tool.values()).map(Tool::id).iterator();
    }
  }

  @Override
  public Integer call() {
    Timings.mark("command");
    try {
      return lint();
    } catch (UsageException e) {
      terminal.err().println("strata lint: " + e.getMessage());
      return USAGE;
    }
  }

  private int lint() {
    OutputFormat fmt = OutputFormat.fromId(format).orElseThrow(() -> new UsageException(
        "unknown format '" + format + "' (expected one of " + OutputFormat.ids() + ")"));
    FailOn threshold = FailOn.fromId(failOn).orElseThrow(() -> new UsageException(
        "unknown --fail-on level '" + failOn + "' (expected error or warning)"));
    Optional<String> toolId = toolId();
    LintReport report = runEngine(readableRoot(), toolId);
    ReportContext context = new ReportContext(
        terminal.workingDir(), terminal.color() && output == null, StrataVersion.current());
    write(fmt.reporter().render(report, context) + (drift ? driftReport() : ""));
    Timings.mark("report");
    return report.fails(threshold) ? FINDINGS : OK;
  }

  /** The canonical id of {@code --tool}, so engines never see {@code Golang-Migrate}. */
  private Optional<String> toolId() {
    if (tool == null) {
      return Optional.empty();
    }
    Tool known = Tool.fromId(tool).orElseThrow(() -> new UsageException(
        "unknown tool '" + tool + "' (expected one of " + toolIds() + ")"));
    return Optional.of(known.id());
  }

  private Path readableRoot() {
    Path root;
    try {
      root = terminal.workingDir().resolve(path).normalize();
    } catch (InvalidPathException e) {
      throw new UsageException("invalid path '" + path + "': " + e.getReason());
    }
    if (!Files.exists(root)) {
      throw new UsageException("path '" + path + "' does not exist");
    }
    if (!Files.isReadable(root)) {
      throw new UsageException("path '" + path + "' is not readable");
    }
    return root;
  }

  private LintReport runEngine(Path root, Optional<String> toolId) {
    try {
      LintOptions options = new LintOptions(toolId, ref(changedSince, "--changed-since"), ref(baseRef, "--base-ref"));
      return engines.get().run(root, options);
    } catch (GitException e) {
      throw new UsageException(e.getMessage());
    } catch (UnsupportedOperationException e) {
      throw new UsageException("cannot lint: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read migrations under '" + path + "': " + e.getMessage());
    }
  }

  /** A git ref option; one that looks like an option itself is refused before git sees it. */
  private static Optional<String> ref(String value, String option) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isBlank() || value.startsWith("-")) {
      throw new UsageException(option + " needs a git ref such as origin/main, not '" + value + "'");
    }
    return Optional.of(value.strip());
  }

  private String driftReport() {
    try {
      return DriftReport.render(readableRoot());
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read the Prisma schema under '" + path + "': " + e.getMessage());
    }
  }

  private void write(String rendered) {
    if (output == null) {
      terminal.out().print(rendered);
      terminal.out().flush();
      return;
    }
    try {
      Files.writeString(terminal.workingDir().resolve(output), rendered, StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new UsageException("cannot write --output '" + output + "': " + e.getMessage());
    }
  }

  /** Bad input from the user: reported as one line and exit code 2, never as a stack trace. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }
}
