package dev.strata.model.testing;

import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture: one or more migration files written in one text, with expectations as SQL
 * comments so the fixture stays valid SQL and no offset is counted by hand.
 *
 * <pre>
 * -- tool: prisma
 * -- file: 20240101_init/migration.sql
 * CREATE TABLE users (id bigint PRIMARY KEY);
 * -- file: 20240102_bad/migration.sql
 * ALTER TABLE users DROP COLUMN email;
 * --                            ^^^^^ error[unknown-column]: does not exist
 * </pre>
 *
 * {@code -- enable: rule-a, rule-b} before the first file switches opt-in rules on at their default
 * severity. Lines before the first {@code -- file:} line (when there is one) describe the fixture and
 * belong to no file. A marker line {@code -- ^^^ severity[code][: message substring]} marks the columns of the line
 * above it (the nearest non-marker line). {@code $0} marks a cursor and is removed. Marker lines
 * are blanked to spaces in the migration text, so offsets of everything else stay unchanged.
 */
public record Fixture(Optional<String> tool, List<FileText> files, List<Expectation> expectations,
    Optional<Cursor> cursor, List<String> enabled) {

  private static final Pattern FILE = Pattern.compile("^--\\s*file:\\s*(\\S+)\\s*$");
  private static final Pattern TOOL = Pattern.compile("^--\\s*tool:\\s*(\\S+)\\s*$");
  private static final Pattern ENABLE = Pattern.compile("^--\\s*enable:\\s*(.+)$");
  private static final Pattern MARK =
      Pattern.compile("^(\\s*--\\s*)(\\s*)(\\^+)\\s+(error|warning|info|hint|def)(?:\\[([a-z0-9-]+)])?(?::\\s*(.*))?$");

  /** One migration file of the fixture: its path and its text with marker lines blanked. */
  public record FileText(String path, String text) {}

  /** An expected diagnostic (or, for {@code def}, a definition target) in a file. */
  public record Expectation(String path, TextRange range, String severity, String code, Optional<String> message) {
    @Override
    public String toString() {
      return path + range + " " + severity + "[" + code + "]" + message.map(m -> ": " + m).orElse("");
    }
  }

  public record Cursor(String path, int offset) {}

  public Fixture(Optional<String> tool, List<FileText> files, List<Expectation> expectations, Optional<Cursor> cursor) {
    this(tool, files, expectations, cursor, List.of());
  }

  public static Fixture parse(String text) {
    List<FileText> files = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    List<String> enabled = new ArrayList<>();
    Optional<String> tool = Optional.empty();
    Cursor cursor = null;
    String path = null;
    StringBuilder current = new StringBuilder();
    int lastContentLineStart = -1;
    String[] lines = text.split("\n", -1);
    int firstFile = 0;
    while (firstFile < lines.length && !FILE.matcher(lines[firstFile]).matches()) {
      firstFile++;
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher enable = ENABLE.matcher(line);
      if (path == null && enable.matches()) {
        for (String id : enable.group(1).split(",")) {
          enabled.add(id.trim());
        }
        continue;
      }
      if (i < firstFile && firstFile < lines.length && !TOOL.matcher(line).matches()) {
        continue;
      }
      boolean lastLine = i == lines.length - 1;
      Matcher toolMatch = TOOL.matcher(line);
      Matcher fileMatch = FILE.matcher(line);
      if (path == null && toolMatch.matches()) {
        tool = Optional.of(toolMatch.group(1));
        continue;
      }
      if (fileMatch.matches()) {
        if (path != null) {
          files.add(new FileText(path, current.toString()));
        }
        path = fileMatch.group(1);
        current = new StringBuilder();
        lastContentLineStart = -1;
        continue;
      }
      if (path == null) {
        path = "0001_fixture.sql";
      }
      Matcher mark = MARK.matcher(line);
      if (mark.matches() && lastContentLineStart >= 0) {
        int col = mark.group(1).length() + mark.group(2).length();
        int start = lastContentLineStart + col;
        String code = mark.group(5) == null ? "" : mark.group(5);
        Optional<String> msg = Optional.ofNullable(mark.group(6)).map(String::trim).filter(s -> !s.isEmpty());
        expectations.add(new Expectation(path, new TextRange(start, start + mark.group(3).length()),
            mark.group(4), code, msg));
        current.append(" ".repeat(line.length()));
      } else {
        int cursorAt = line.indexOf("$0");
        if (cursorAt >= 0) {
          cursor = new Cursor(path, current.length() + cursorAt);
          line = line.substring(0, cursorAt) + line.substring(cursorAt + 2);
        }
        lastContentLineStart = current.length();
        current.append(line);
      }
      if (!lastLine) {
        current.append('\n');
      }
    }
    if (path != null) {
      files.add(new FileText(path, current.toString()));
    }
    return new Fixture(tool, List.copyOf(files), List.copyOf(expectations), Optional.ofNullable(cursor),
        List.copyOf(enabled));
  }
}
