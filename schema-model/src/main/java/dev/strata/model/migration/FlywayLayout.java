package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway: {@code V<version>__<desc>.sql} in the root folder and any folder below it. Versions
 * compare numerically ({@link FlywayVersion}). The highest {@code B<version>__} baseline applies
 * first and every V at or below it is skipped; {@code R__<desc>.sql} repeatables apply last, by
 * description; {@code U} undo files and other {@code .sql} files are listed as skipped.
 */
final class FlywayLayout implements Layout {
  private static final Pattern NAME = Pattern.compile("^([VBRU])(.*?)__(.+)\\.sql$");
  private static final Pattern RECOGNIZED = Pattern.compile("^([VB][0-9][^/]*__.+|R__.+)\\.sql$");

  /** A parsed file name: kind letter, version text as written, description. */
  private record Entry(String path, String fileName, char kind, String versionText, FlywayVersion version, String desc) {
    Migration read(ProjectTree tree, List<Diagnostic> problems) {
      ReadMigration r = MigrationReader.read(
          new FileId(path), Versions.strip(fileName, ".sql"), versionText, Tool.FLYWAY, tree.text(path));
      problems.addAll(r.problems());
      return r.migration();
    }
  }

  @Override
  public Tool tool() {
    return Tool.FLYWAY;
  }

  @Override
  public boolean recognizes(ProjectTree tree, String dir) {
    return tree.files(dir).stream().anyMatch(f -> RECOGNIZED.matcher(f).matches());
  }

  @Override
  public MigrationRoot read(ProjectTree tree, String dir) {
    List<Entry> versioned = new ArrayList<>();
    List<Entry> baselines = new ArrayList<>();
    List<Entry> repeatables = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (String rel : tree.filesBelow(dir)) {
      classify(ProjectTree.join(dir, rel), versioned, baselines, repeatables, skipped, problems);
    }
    Comparator<Entry> byVersion = Comparator.comparing(Entry::version)
        .thenComparing(Entry::fileName, ProjectTree.BYTE_ORDER);
    versioned.sort(byVersion);
    baselines.sort(byVersion);
    repeatables.sort(Comparator.comparing(Entry::desc, ProjectTree.BYTE_ORDER));
    List<String> toRead = new ArrayList<>();
    versioned.forEach(e -> toRead.add(e.path()));
    repeatables.forEach(e -> toRead.add(e.path()));
    tree.prefetch(toRead);
    List<Migration> applied = new ArrayList<>();
    Optional<FlywayVersion> floor = Optional.empty();
    if (!baselines.isEmpty()) {
      Entry chosen = baselines.get(baselines.size() - 1);
      for (Entry b : baselines.subList(0, baselines.size() - 1)) {
        skipped.add(new SkippedFile(new FileId(b.path()), b.fileName(), "superseded baseline migration"));
      }
      floor = Optional.of(chosen.version());
      applied.add(chosen.read(tree, problems));
    }
    List<Migration> ordinary = new ArrayList<>();
    for (Entry v : versioned) {
      if (floor.isPresent() && v.version().compareTo(floor.get()) <= 0) {
        skipped.add(new SkippedFile(new FileId(v.path()), v.fileName(), "at or below the baseline migration version"));
      } else {
        ordinary.add(v.read(tree, problems));
      }
    }
    applied.addAll(ordinary);
    problems.addAll(Versions.duplicates(applied, m -> FlywayVersion.parse(m.version()).orElseThrow().toString()));
    problems.addAll(versionOrder(ordinary));
    for (Entry r : repeatables) {
      applied.add(r.read(tree, problems));
    }
    return new MigrationRoot(dir, Tool.FLYWAY, applied, skipped, problems);
  }

  private static void classify(
      String path,
      List<Entry> versioned,
      List<Entry> baselines,
      List<Entry> repeatables,
      List<SkippedFile> skipped,
      List<Diagnostic> problems) {
    String fileName = ProjectTree.lastSegment(path);
    if (!fileName.endsWith(".sql")) {
      return;
    }
    Matcher m = NAME.matcher(fileName);
    FileId file = new FileId(path);
    if (!m.matches()) {
      skipped.add(new SkippedFile(file, fileName, "not a Flyway migration file name"));
      problems.add(MigrationProblems.invalidName(file, "Flyway expects V<version>__<description>.sql"));
      return;
    }
    char kind = m.group(1).charAt(0);
    if (kind == 'U') {
      skipped.add(new SkippedFile(file, fileName, "Flyway undo migration: never applied going forward"));
      return;
    }
    if (kind == 'R') {
      repeatables.add(new Entry(path, fileName, kind, "", null, m.group(3)));
      return;
    }
    Optional<FlywayVersion> version = FlywayVersion.parse(m.group(2));
    if (version.isEmpty()) {
      skipped.add(new SkippedFile(file, fileName, "version is not made of numbers"));
      problems.add(MigrationProblems.invalidName(file, "version \"" + m.group(2) + "\" is not numbers separated by . or _"));
      return;
    }
    Entry e = new Entry(path, fileName, kind, m.group(2), version.get(), m.group(3));
    (kind == 'B' ? baselines : versioned).add(e);
  }

  /** A warning on each migration that sorts before its predecessor by file name. */
  private static List<Diagnostic> versionOrder(List<Migration> ordered) {
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 1; i < ordered.size(); i++) {
      FileId prev = ordered.get(i - 1).file();
      FileId cur = ordered.get(i).file();
      if (ProjectTree.compareCodePoints(prev.fileName(), cur.fileName()) > 0) {
        out.add(MigrationProblems.versionOrder(cur, prev));
      }
    }
    return out;
  }

  @Override
  public boolean ownsSubfolders() {
    return true;
  }
}
