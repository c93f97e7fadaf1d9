package dev.strata.server.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reporter needs besides the report: where the user stands, whether to colour and which
 * Strata version is speaking. Kept apart from the report so golden tests can pin all three.
 *
 * @param workingDir the directory paths are shown relative to (the current directory)
 * @param color whether ANSI colours may be used (text format only)
 * @param version the Strata version, e.g. {@code 0.1.0}
 */
public record ReportContext(Path workingDir, boolean color, String version) {

  public ReportContext {
    workingDir = workingDir.toAbsolutePath().normalize();
    Objects.requireNonNull(version, "version");
  }

  /**
   * The path users see for a finding: the file relative to the working directory with forward
   * slashes, so it is clickable in terminals and matches repository paths in CI. A file outside
   * the working directory (or on another drive) keeps a {@code ../} prefix or its absolute path.
   */
  public String displayPath(LintReport report, LintFinding finding) {
    Path file = absolute(report, finding);
    String shown;
    try {
      shown = workingDir.relativize(file).toString();
    } catch (IllegalArgumentException differentRoot) {
      shown = file.toString();
    }
    return shown.isEmpty() ? file.getFileName().toString() : shown.replace('\\', '/');
  }

  /** Whether the finding's file lies under the working directory. */
  public boolean isUnderWorkingDir(LintReport report, LintFinding finding) {
    return absolute(report, finding).startsWith(workingDir);
  }

  /** The finding's file as an absolute, normalised path. */
  public Path absolute(LintReport report, LintFinding finding) {
    Path root = workingDir.resolve(report.root());
    return root.resolve(finding.file()).toAbsolutePath().normalize();
  }
}
