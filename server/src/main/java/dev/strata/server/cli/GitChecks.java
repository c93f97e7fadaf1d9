package dev.strata.server.cli;

import dev.strata.model.analysis.AnalysisConfig;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.MigrationRoot;
import dev.strata.server.git.BaseBranch;
import dev.strata.server.git.GitHistory;
import dev.strata.server.git.HistoryRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the git-aware {@link HistoryRules} for {@code lint}: reads each migration's bytes, asks git
 * for the base copies, and applies strata.toml's severities and {@code strata-ignore-file} comments
 * as the model does for its own rules.
 */
final class GitChecks {
  private static final Pattern FILE_IGNORE =
      Pattern.compile("strata-ignore-file\\s+([a-z0-9][a-z0-9-]*(?:\\s*,\\s*[a-z0-9][a-z0-9-]*)*)");

  private GitChecks() {}

  /** The history rules' diagnostics for one root, compared with {@code ref}. */
  static List<Diagnostic> run(GitHistory git, String ref, Path projectRoot, MigrationRoot root, AnalysisConfig config) {
    if (HistoryRules.CODES.stream().allMatch(c -> isOff(config, c.id()))) {
      return List.of();
    }
    Map<String, byte[]> onDisk = new HashMap<>();
    for (Migration m : root.migrations()) {
      try {
        onDisk.put(m.file().path(), Files.readAllBytes(projectRoot.resolve(m.file().path())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    BaseBranch base = git.base(ref, root.directory(), root.migrations(), onDisk);
    Map<String, Migration> byPath = new HashMap<>();
    root.migrations().forEach(m -> byPath.put(m.file().path(), m));
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : HistoryRules.check(root.migrations(), onDisk, base)) {
      Migration m = byPath.get(d.range().file().path());
      if (m != null && ignoredInFile(m.text(), d.code().id())) {
        continue;
      }
      Optional<Severity> configured = config.severities().get(d.code().id());
      if (configured == null) {
        out.add(d);
      } else {
        configured.ifPresent(s -> out.add(d.withSeverity(s)));
      }
    }
    return out;
  }

  private static boolean isOff(AnalysisConfig config, String id) {
    Optional<Severity> s = config.severities().get(id);
    return s != null && s.isEmpty();
  }

  private static boolean ignoredInFile(String text, String id) {
    Matcher m = FILE_IGNORE.matcher(text);
    while (m.find()) {
      for (String named : m.group(1).split("\\s*,\\s*")) {
        if (named.equals(id)) {
          return true;
        }
      }
    }
    return false;
  }
}
