package dev.strata.server.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * How to lint, beyond the path: validated command-line options for the engine.
 *
 * @param tool a validated {@link dev.strata.model.migration.Tool#id() tool id}, or empty to detect
 * @param changedSince report only on migrations added or changed since this git ref (the whole
 *     history is still analysed)
 * @param baseRef the branch the git-aware rules compare with; empty means strata.toml's {@code
 *     [git] base-ref}, else {@code origin/main}, else {@code main}
 */
public record LintOptions(Optional<String> tool, Optional<String> changedSince, Optional<String> baseRef) {
  public LintOptions {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(changedSince, "changedSince");
    Objects.requireNonNull(baseRef, "baseRef");
  }

  /** Only a tool, as before git options existed. */
  public static LintOptions tool(Optional<String> tool) {
    return new LintOptions(tool, Optional.empty(), Optional.empty());
  }
}
