package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain folder of {@code .sql} files: numeric-prefix order when every file has one
 * ({@code 1_a.sql}, {@code 2_b.sql}, {@code 10_c.sql}), otherwise file-name order. Recognised
 * when the folder's name mentions migrations or it holds two or more such numbered files.
 */
final class PlainLayout implements Layout {
  private static final Pattern DIGITS = Pattern.compile("^([0-9]+)");

  @Override
  public Tool tool() {
    return Tool.PLAIN;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    List<String> sql = sqlFiles(tree, dir);
    if (sql.isEmpty()) {
      return false;
    }
    boolean named = ProjectTree.lastSegment(dir).toLowerCase(Locale.ROOT).contains("migrat");
    return named || (sql.size() >= 2 && sql.stream().allMatch(f -> DIGITS.matcher(f).find()));
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    List<String> sql = sqlFiles(tree, dir);
    if (sql.stream().allMatch(f -> DIGITS.matcher(f).find())) {
      sql.sort(Comparator.<String, String>comparing(PlainLayout::digits, Versions::compareNumeric)
          .thenComparing(f -> f, ProjectTree.BYTE_ORDER));
    }
    List<Migration> migrations = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    tree.prefetch(sql.stream().map(f -> ProjectTree.join(dir, f)).toList());
    for (String f : sql) {
      String path = ProjectTree.join(dir, f);
      ReadMigration r = MigrationReader.read(new FileId(path), Versions.strip(f, ".sql"), digits(f), Tool.PLAIN, tree.text(path));
      migrations.add(r.migration());
      problems.addAll(r.problems());
    }
    return new MigrationRoot(dir, Tool.PLAIN, migrations, List.of(), problems);
  }

  private static List<String> sqlFiles(ProjectTree tree, String dir) {
    return new ArrayList<>(tree.files(dir).stream().filter(f -> f.endsWith(".sql")).toList());
  }

  private static String digits(String fileName) {
    Matcher m = DIGITS.matcher(fileName);
    return m.find() ? m.group(1) : "";
  }

  @Override
  public boolean ownsSubfolders() {
    return false;
  }
}
