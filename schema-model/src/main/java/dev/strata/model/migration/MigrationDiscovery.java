package dev.strata.model.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds every migration root of a project and reads each in its tool's apply order. Pure: it sees
 * the project only as relative paths plus a text provider, so it runs the same on disk, in the
 * editor's overlay of unsaved texts, and in tests on in-memory lists.
 *
 * <p>Detection looks at each folder once, parents before children, skipping ignored folders
 * ({@link DiscoveryOptions#IGNORED_DIRECTORIES}). A folder is, in this order of precedence: a
 * Prisma root (a sub-folder holds {@code migration.sql}, or {@code migration_lock.toml} is there),
 * a diesel root (a sub-folder holds {@code up.sql}), golang-migrate ({@code <n>_x.up.sql} names,
 * checked before any text is read), goose (a numbered file has {@code -- +goose Up}), dbmate
 * ({@code -- migrate:up}), Flyway ({@code V1__x.sql}, {@code R__x.sql}), or a plain folder of numbered {@code .sql} files.
 * Prisma, diesel and Flyway roots own the folders below them.
 */
public final class MigrationDiscovery {
  private static final List<Layout> LAYOUTS = List.of(
      new PrismaLayout(),
      new DieselLayout(),
      new GolangMigrateLayout(),
      new GooseLayout(),
      new DbmateLayout(),
      new FlywayLayout(),
      new PlainLayout());

  private MigrationDiscovery() {}

  /**
   * The project's migration roots in directory order.
   *
   * @param relativePaths every file under the project root, forward slashes
   * @param readText the text of a path from {@code relativePaths}; called at most once per path,
   *     possibly from several threads at once (a large folder's files are read in parallel)
   * @param options what the project configuration forces (tool, roots)
   */
  public static List<MigrationRoot> discover(
      List<String> relativePaths, Function<String, String> readText, DiscoveryOptions options) {
    if (!options.roots().isEmpty()) {
      ProjectTree tree = ProjectTree.of(relativePaths, readText, false);
      List<MigrationRoot> out = new ArrayList<>();
      for (String dir : options.roots()) {
        Layout layout = options.tool().map(MigrationDiscovery::layout).orElseGet(() -> classify(tree, dir).orElse(layout(Tool.PLAIN)));
        MigrationRoot root = layout.read(tree, dir);
        out.add(root.isEmpty() ? withEmptyWarning(root) : root);
      }
      return out;
    }
    ProjectTree tree = ProjectTree.of(relativePaths, readText, true);
    List<MigrationRoot> out = new ArrayList<>();
    List<String> owned = new ArrayList<>();
    for (String dir : tree.directories()) {
      if (isBelowAny(dir, owned)) {
        continue;
      }
      Optional<Layout> found = classify(tree, dir);
      if (found.isEmpty()) {
        continue;
      }
      if (found.get().ownsSubfolders()) {
        owned.add(dir);
      }
      MigrationRoot root = options.tool().map(MigrationDiscovery::layout).orElse(found.get()).read(tree, dir);
      // A forced tool that applies nothing in a detected folder means the folder is not its root.
      boolean foreign = options.tool().isPresent() && root.migrations().isEmpty();
      if (!root.isEmpty() && !foreign) {
        out.add(root);
      }
    }
    return out;
  }

  /** The layout that reads {@code tool}'s folders. */
  static Layout layout(Tool tool) {
    return LAYOUTS.stream().filter(l -> l.tool() == tool).findFirst().orElseThrow();
  }

  private static Optional<Layout> classify(ProjectTree tree, String dir) {
    return LAYOUTS.stream().filter(l -> l.recognizes(tree, dir)).findFirst();
  }

  private static boolean isBelowAny(String dir, List<String> owners) {
    for (String o : owners) {
      if (o.isEmpty() || (dir.length() > o.length() && dir.charAt(o.length()) == '/' && dir.startsWith(o))) {
        return true;
      }
    }
    return false;
  }

  private static MigrationRoot withEmptyWarning(MigrationRoot root) {
    List<dev.strata.model.diag.Diagnostic> problems = new ArrayList<>(root.problems());
    problems.add(MigrationProblems.emptyRoot(root.directory()));
    return new MigrationRoot(root.directory(), root.tool(), root.migrations(), root.skipped(), problems);
  }
}
