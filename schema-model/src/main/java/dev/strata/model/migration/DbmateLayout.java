package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * dbmate: {@code <version>_<name>.sql} in file-name order, each with {@code -- migrate:up} and
 * {@code -- migrate:down} sections; only the up section is applied.
 */
final class DbmateLayout implements Layout {
  private static final Pattern FILE = Pattern.compile("^([0-9]+)_.*\\.sql$");
  private static final Pattern UP_MARKER = Pattern.compile("^\\s*--\\s*migrate:up\\b", Pattern.MULTILINE);

  @Override
  public Tool tool() {
    return Tool.DBMATE;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    return NumberedFiles.in(tree, dir, FILE, NumberedFiles.BY_NAME).entries().stream()
        .anyMatch(e -> UP_MARKER.matcher(tree.text(e.path())).find());
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    NumberedFiles files = NumberedFiles.in(tree, dir, FILE, NumberedFiles.BY_NAME);
    List<Migration> migrations = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (NumberedFiles.Entry e : files.entries()) {
      ReadMigration r = MigrationReader.read(
          new FileId(e.path()), Versions.strip(e.fileName(), ".sql"), e.digits(), Tool.DBMATE, tree.text(e.path()));
      migrations.add(r.migration());
      problems.addAll(r.problems());
    }
    for (String other : files.others()) {
      FileId file = new FileId(ProjectTree.join(dir, other));
      skipped.add(new SkippedFile(file, other, "not a dbmate file name"));
      problems.add(MigrationProblems.invalidName(file, "dbmate expects <version>_<name>.sql"));
    }
    problems.addAll(Versions.duplicates(migrations, Migration::version));
    return new MigrationRoot(dir, Tool.DBMATE, migrations, skipped, problems);
  }

  @Override
  public boolean ownsSubfolders() {
    return false;
  }
}
