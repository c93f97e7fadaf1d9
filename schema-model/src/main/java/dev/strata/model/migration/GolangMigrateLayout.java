package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * golang-migrate: {@code <n>_<name>.up.sql} with its {@code .down.sql} twin, numeric order, only
 * the up files applied, each sent as one simple-query message.
 */
final class GolangMigrateLayout implements Layout {
  private static final Pattern UP = Pattern.compile("^([0-9]+)_.*\\.up\\.sql$");
  private static final Pattern DOWN = Pattern.compile("^[0-9]+_.*\\.down\\.sql$");

  @Override
  public Tool tool() {
    return Tool.GOLANG_MIGRATE;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    return tree.files(dir).stream().anyMatch(f -> UP.matcher(f).matches());
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    NumberedFiles files = NumberedFiles.in(tree, dir, UP, NumberedFiles.NUMERIC);
    List<Migration> migrations = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    tree.prefetch(files.entries().stream().map(NumberedFiles.Entry::path).toList());
    for (NumberedFiles.Entry e : files.entries()) {
      ReadMigration r = MigrationReader.read(
          new FileId(e.path()), Versions.strip(e.fileName(), ".up.sql"), e.digits(), Tool.GOLANG_MIGRATE, tree.text(e.path()));
      migrations.add(r.migration());
      problems.addAll(r.problems());
    }
    for (String other : files.others()) {
      if (!DOWN.matcher(other).matches()) {
        FileId file = new FileId(ProjectTree.join(dir, other));
        skipped.add(new SkippedFile(file, other, "not a golang-migrate file name"));
        problems.add(MigrationProblems.invalidName(file, "golang-migrate expects <version>_<name>.up.sql"));
      }
    }
    problems.addAll(Versions.duplicates(migrations, m -> Versions.stripZeros(m.version())));
    return new MigrationRoot(dir, Tool.GOLANG_MIGRATE, migrations, skipped, problems);
  }

  @Override
  public boolean ownsSubfolders() {
    return false;
  }
}
