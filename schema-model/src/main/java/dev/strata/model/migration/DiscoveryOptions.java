package dev.strata.model.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a project configuration forces on discovery. With {@code roots} given, only those folders
 * (relative, forward slashes, {@code ""} = project root) are read, ignored folder names do not
 * apply to them, and each is read with {@code tool} or, if absent, the tool its files suggest
 * (plain when nothing does). With only {@code tool}, roots are detected and all read with it;
 * detected folders in which that tool finds no migration are dropped.
 */
public record DiscoveryOptions(Optional<Tool> tool, List<String> roots) {
  /** Folder names never searched for migrations unless a root is configured inside one. */
  public static final Set<String> IGNORED_DIRECTORIES =
      Set.of("node_modules", ".git", ".hg", ".svn", "target", "build", "dist", "vendor", ".venv", "venv", ".idea");

  public static final DiscoveryOptions DETECT = new DiscoveryOptions(Optional.empty(), List.of());

  public DiscoveryOptions {
    Objects.requireNonNull(tool, "tool");
    roots = roots.stream().map(DiscoveryOptions::normalize).distinct().toList();
  }

  public DiscoveryOptions withTool(Tool t) {
    return new DiscoveryOptions(Optional.of(t), roots);
  }

  public DiscoveryOptions withRoots(List<String> r) {
    return new DiscoveryOptions(tool, r);
  }

  /** True for a folder name discovery skips ({@code node_modules}, {@code .git}, ...). */
  public static boolean isIgnoredDirectory(String name) {
    return IGNORED_DIRECTORIES.contains(name);
  }

  /** {@code ./a/b/} and {@code a\b} become {@code a/b}; {@code .} and {@code /} become {@code ""}. */
  static String normalize(String dir) {
    String d = dir.replace('\\', '/').strip();
    while (d.startsWith("./")) {
      d = d.substring(2);
    }
    while (d.startsWith("/")) {
      d = d.substring(1);
    }
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d.equals(".") ? "" : d;
  }
}
