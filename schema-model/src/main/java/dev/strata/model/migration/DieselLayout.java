package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * diesel: {@code <version>_<name>/up.sql} folders (the version usually a dashed timestamp,
 * {@code 2024-01-02-120000}). Order is the version with dashes removed, then the folder name; a
 * {@code metadata.toml} with {@code run_in_transaction = false} lifts the BEGIN/COMMIT wrapper.
 */
final class DieselLayout implements Layout {
  private static final Pattern NO_TX = Pattern.compile("run_in_transaction\\s*=\\s*false");

  @Override
  public Tool tool() {
    return Tool.DIESEL;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    for (String sub : tree.subdirs(dir)) {
      if (tree.hasFile(ProjectTree.join(dir, sub), "up.sql")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    List<String> folders = new ArrayList<>(tree.subdirs(dir));
    folders.sort(Comparator.comparing(DieselLayout::version, ProjectTree.BYTE_ORDER)
        .thenComparing(Comparator.<String, String>comparing(s -> s, ProjectTree.BYTE_ORDER)));
    List<Migration> migrations = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String sub : folders) {
      String folder = ProjectTree.join(dir, sub);
      if (!tree.hasFile(folder, "up.sql")) {
        skipped.add(new SkippedFile(new FileId(folder), sub, "no up.sql"));
        continue;
      }
      String path = ProjectTree.join(folder, "up.sql");
      ReadMigration read = MigrationReader.read(new FileId(path), sub, version(sub), Tool.DIESEL, tree.text(path));
      Migration m = read.migration();
      String meta = ProjectTree.join(folder, "metadata.toml");
      if (tree.hasFile(folder, "metadata.toml") && NO_TX.matcher(tree.text(meta)).find()) {
        m = m.withTransactionMode(TransactionMode.IMPLICIT_SINGLE_QUERY);
      }
      migrations.add(m);
      problems.addAll(read.problems());
    }
    problems.addAll(Versions.duplicates(migrations, Migration::version));
    return new MigrationRoot(dir, Tool.DIESEL, migrations, skipped, problems);
  }

  /** diesel's version key: the part before the first underscore, dashes removed. */
  static String version(String folder) {
    int underscore = folder.indexOf('_');
    return (underscore < 0 ? folder : folder.substring(0, underscore)).replace("-", "");
  }

  @Override
  public boolean ownsSubfolders() {
    return true;
  }
}
