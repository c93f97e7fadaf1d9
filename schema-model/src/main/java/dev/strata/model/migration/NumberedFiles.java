package dev.strata.model.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files directly in a folder whose name starts with a version number, as golang-migrate,
 * goose, dbmate and plain folders name them. {@code others} are the {@code .sql} files that do not
 * match, which those tools never apply.
 */
record NumberedFiles(List<Entry> entries, List<String> others) {
  /** One matching file: project-relative path, file name, the version digits as written. */
  record Entry(String path, String fileName, String digits) {}

  /** Numeric version, then file name (byte order): golang-migrate, goose, plain. */
  static final Comparator<Entry> NUMERIC = Comparator.<Entry, String>comparing(Entry::digits, Versions::compareNumeric)
      .thenComparing(Entry::fileName, ProjectTree.BYTE_ORDER);

  /** File name only (byte order): dbmate. */
  static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::fileName, ProjectTree.BYTE_ORDER);

  NumberedFiles {
    entries = List.copyOf(entries);
    others = List.copyOf(others);
  }

  /** Files matching {@code pattern} (group 1 = the digits), sorted by {@code order}. */
  static NumberedFiles in(ProjectTree tree, String dir, Pattern pattern, Comparator<Entry> order) {
    List<Entry> entries = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String f : tree.files(dir)) {
      Matcher m = pattern.matcher(f);
      if (m.matches()) {
        entries.add(new Entry(ProjectTree.join(dir, f), f, m.group(1)));
      } else if (f.endsWith(".sql")) {
        others.add(f);
      }
    }
    entries.sort(order);
    return new NumberedFiles(entries, others);
  }
}
