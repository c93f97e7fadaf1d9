package dev.strata.server.cli;

/**
 * Turns a {@link LintReport} into the text of one output format. Reporters are pure: same report
 * and context, same string; they do no IO and never reorder findings.
 */
public sealed interface Reporter permits TextReporter, JsonReporter, SarifReporter, GithubReporter, GitlabReporter {

  /** The complete output, ending with a newline. */
  String render(LintReport report, ReportContext context);
}
