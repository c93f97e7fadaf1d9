package dev.strata.model.migration;

import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;

/**
 * Prisma: {@code <dir>/<timestamp>_<name>/migration.sql}, usually beside {@code migration_lock.toml}.
 * Folders apply in byte order of their names; a folder without {@code migration.sql} (a data
 * migration run by other code) is listed as skipped. Each file runs as one simple-query message.
 */
final class PrismaLayout implements Layout {
  static final String FILE = "migration.sql";

  @Override
  public Tool tool() {
    return Tool.PRISMA;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    if (tree.hasFile(dir, "migration_lock.toml")) {
      return true;
    }
    for (String sub : tree.subdirs(dir)) {
      if (tree.hasFile(ProjectTree.join(dir, sub), FILE)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    List<Migration> migrations = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<dev.strata.model.diag.Diagnostic> problems = new ArrayList<>();
    List<String> subs = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String sub : tree.subdirs(dir)) {
      String folder = ProjectTree.join(dir, sub);
      if (!tree.hasFile(folder, FILE)) {
        skipped.add(new SkippedFile(new FileId(folder), sub,
            "no migration.sql in directory (e.g. a data migration run by other code)"));
        continue;
      }
      subs.add(sub);
      files.add(ProjectTree.join(folder, FILE));
    }
    tree.prefetch(files);
    for (int i = 0; i < subs.size(); i++) {
      String sub = subs.get(i);
      String path = files.get(i);
      int underscore = sub.indexOf('_');
      String version = underscore < 0 ? sub : sub.substring(0, underscore);
      ReadMigration read = MigrationReader.read(new FileId(path), sub, version, Tool.PRISMA, tree.text(path));
      migrations.add(read.migration());
      problems.addAll(read.problems());
    }
    return new MigrationRoot(dir, Tool.PRISMA, migrations, skipped, problems);
  }

  @Override
  public boolean ownsSubfolders() {
    return true;
  }
}
