package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * goose: {@code <n>_<name>.sql} (sequential or timestamp versions) in numeric order, each with
 * {@code -- +goose Up} / {@code -- +goose Down} sections. Go migrations ({@code <n>_<name>.go})
 * take their place in the order but are listed as skipped: their effect cannot be replayed.
 */
final class GooseLayout implements Layout {
  private static final Pattern FILE = Pattern.compile("^([0-9]+)_.*\\.(sql|go)$");
  static final Pattern UP_MARKER = Pattern.compile("^\\s*--\\s*\\+goose\\s+up\\b", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  @Override
  public Tool tool() {
    return Tool.GOOSE;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    return NumberedFiles.in(tree, dir, FILE, NumberedFiles.NUMERIC).entries().stream()
        .anyMatch(e -> e.fileName().endsWith(".sql") && UP_MARKER.matcher(tree.text(e.path())).find());
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    NumberedFiles files = NumberedFiles.in(tree, dir, FILE, NumberedFiles.NUMERIC);
    List<Migration> migrations = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (NumberedFiles.Entry e : files.entries()) {
      FileId file = new FileId(e.path());
      if (e.fileName().endsWith(".go")) {
        skipped.add(new SkippedFile(file, e.fileName(), "Go migration (code, not SQL): not replayed"));
        continue;
      }
      ReadMigration r = MigrationReader.read(
          file, Versions.strip(e.fileName(), ".sql"), e.digits(), Tool.GOOSE, tree.text(e.path()));
      migrations.add(r.migration());
      problems.addAll(r.problems());
    }
    for (String other : files.others()) {
      FileId file = new FileId(ProjectTree.join(dir, other));
      skipped.add(new SkippedFile(file, other, "not a goose file name"));
      problems.add(MigrationProblems.invalidName(file, "goose expects <version>_<name>.sql"));
    }
    problems.addAll(Versions.duplicates(migrations, m -> Versions.stripZeros(m.version())));
    return new MigrationRoot(dir, Tool.GOOSE, migrations, skipped, problems);
  }

  @Override
  public boolean ownsSubfolders() {
    return false;
  }
}
