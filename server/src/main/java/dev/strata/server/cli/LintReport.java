package dev.strata.server.cli;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of linting one migration history, as handed from the engine to the reporters.
 *
 * <p>Findings are in apply order (migration order, then position in the file); reporters keep that
 * order and never sort.
 *
 * @param root the directory that was linted, as the user named it or absolute
 * @param tool the migration tool id that decided file order ({@code prisma}, {@code flyway}, ...)
 * @param migrations how many migrations were applied
 * @param statements how many statements were applied
 * @param elapsedMillis wall-clock time of the analysis
 * @param notes human remarks for the text report, e.g. how the tool was detected
 */
public record LintReport(
    String root,
    String tool,
    int migrations,
    int statements,
    List<LintFinding> findings,
    long elapsedMillis,
    List<String> notes) {

  public LintReport {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(tool, "tool");
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** Counts per severity; hints are counted with infos, since no summary line names them. */
  public Tally tally() {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (LintFinding f : findings) {
      if ("error".equals(f.severity())) {
        errors++;
      } else if ("warning".equals(f.severity())) {
        warnings++;
      } else {
        infos++;
      }
    }
    return new Tally(errors, warnings, infos);
  }

  /** Whether any finding is at or above the threshold, i.e. whether {@code lint} exits with 1. */
  public boolean fails(FailOn threshold) {
    return findings.stream().anyMatch(f -> f.isAtLeast(threshold));
  }

  /** Finding counts by severity, as shown in summaries. */
  public record Tally(int errors, int warnings, int infos) {}
}
