package dev.strata.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code strata lint} needs from the analysis: lint the migration history under a root.
 *
 * <p>Implementations must not print; everything the user should see goes into the report.
 */
@FunctionalInterface
public interface LintEngine {
  /**
   * Lints the history rooted at {@code root}.
   *
   * @param root an existing, readable directory or file
   * @param tool a validated {@link dev.strata.model.migration.Tool#id() tool id}, or empty to
   *     detect the tool from the files
   * @throws IOException when migration files cannot be read
   */
  LintReport run(Path root, Optional<String> tool) throws IOException;

  /**
   * Lints with every option; engines that know no git options ignore them.
   *
   * @throws dev.strata.server.git.GitException when an option needs git and git cannot answer
   */
  default LintReport run(Path root, LintOptions options) throws IOException {
    return run(root, options.tool());
  }
}
