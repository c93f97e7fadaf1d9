package dev.strata.server.cli;

import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.git.GitException;
import dev.strata.server.git.GitHistory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one {@code lint} run knows from git: the base ref for the history rules and, for {@code
 * --changed-since}, the changed files. Git is optional unless an option needs it: outside a work
 * tree, or without a base branch, the history rules are skipped (with a note in the second case);
 * an explicit ref that git does not know is a {@link GitException}.
 */
final class GitView {
  private final Optional<GitHistory> history;
  private final Optional<String> baseRef;
  private final Optional<Set<String>> changed;

  private GitView(Optional<GitHistory> history, Optional<String> baseRef, Optional<Set<String>> changed) {
    this.history = history;
    this.baseRef = baseRef;
    this.changed = changed;
  }

  /**
   * @param configuredBase strata.toml's {@code [git] base-ref}; {@code --base-ref} wins over it
   * @param notes where a skipped check is explained
   */
  static GitView open(Path projectRoot, LintOptions options, Optional<String> configuredBase, List<String> notes) {
    Optional<String> explicit = options.baseRef().or(() -> configuredBase);
    GitHistory git;
    try {
      git = GitHistory.of(projectRoot);
    } catch (GitException e) {
      if (options.changedSince().isPresent() || explicit.isPresent()) {
        throw e;
      }
      return new GitView(Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<String> base = git.baseRef(explicit);
    if (base.isEmpty()) {
      notes.add("no " + String.join(" or ", GitHistory.DEFAULT_BASE_REFS) + " branch: edited-applied-migration,"
          + " migration-order and bom-or-crlf were skipped (name the main branch with --base-ref)");
    }
    Optional<Set<String>> changed = options.changedSince().map(git::changedSince);
    return new GitView(Optional.of(git), base, changed);
  }

  /** The history rules' findings for {@code root}, or none when there is no base to compare with. */
  List<Diagnostic> check(Path projectRoot, MigrationRoot root, AnalysisConfig config) {
    if (history.isEmpty() || baseRef.isEmpty()) {
      return List.of();
    }
    return GitChecks.run(history.get(), baseRef.get(), projectRoot, root, config);
  }

  /** The project-relative paths changed since {@code --changed-since}, when it was given. */
  Optional<Set<String>> changed() {
    return changed;
  }
}
