package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * One folder of migrations read by one tool. {@code directory} is relative to the project root,
 * forward slashes, {@code ""} for the root itself. {@code migrations} are in the tool's apply
 * order; {@code problems} are ordering and naming findings, each pointing at the file it names.
 */
public record MigrationRoot(
    String directory, Tool tool, List<Migration> migrations, List<SkippedFile> skipped, List<Diagnostic> problems) {
  public MigrationRoot {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(tool, "tool");
    migrations = List.copyOf(migrations);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  /** True when the root neither applies nor lists anything. */
  public boolean isEmpty() {
    return migrations.isEmpty() && skipped.isEmpty();
  }
}
