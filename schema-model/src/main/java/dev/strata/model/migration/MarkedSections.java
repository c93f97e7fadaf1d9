package dev.strata.model.migration;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the marker comments of goose and dbmate files: which lines are applied, which are
 * blanked, whether the tool runs the file in a transaction. Markers are matched on the trimmed
 * line, case-insensitively for goose, exactly as the corpus oracle matched them. One pass over the
 * lines, no copies beyond the blanked text: this runs on every keystroke in the editor.
 */
final class MarkedSections {
  private static final Pattern GOOSE_ANY = Pattern.compile("^--\\s*\\+goose\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE_UP = Pattern.compile("^--\\s*\\+goose\\s+Up\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE_DOWN = Pattern.compile("^--\\s*\\+goose\\s+Down\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE_NO_TX =
      Pattern.compile("^--\\s*\\+goose\\s+NO\\s+TRANSACTION\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE_BEGIN =
      Pattern.compile("^--\\s*\\+goose\\s+StatementBegin\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE_END = Pattern.compile("^--\\s*\\+goose\\s+StatementEnd\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DBMATE_UP = Pattern.compile("^--\\s*migrate:up\\b(.*)$");
  private static final Pattern DBMATE_DOWN = Pattern.compile("^--\\s*migrate:down\\b");
  private static final Pattern DBMATE_NO_TX = Pattern.compile("transaction\\s*:\\s*false");

  /** The applied view of one file. {@code noTransaction} is the file's own opt-out marker. */
  record Sectioned(
      String sql, List<TextRange> sections, List<TextRange> blocks, boolean noTransaction, List<Diagnostic> problems) {}

  private MarkedSections() {}

  /**
   * goose: lines after the first {@code -- +goose Up} up to the first {@code -- +goose Down} are
   * applied (the whole file up to Down when Up is missing, which goose itself refuses); every
   * {@code -- +goose} line is blanked; {@code NO TRANSACTION} anywhere opts out of the transaction.
   */
  static Sectioned goose(FileId file, String text) {
    List<int[]> lines = lines(text);
    int up = -1;
    int down = -1;
    boolean noTx = false;
    for (int i = 0; i < lines.size(); i++) {
      String s = trimmed(text, lines.get(i));
      if (!s.startsWith("--")) {
        continue;
      }
      if (up < 0 && GOOSE_UP.matcher(s).lookingAt()) {
        up = i;
      } else if (down < 0 && GOOSE_DOWN.matcher(s).lookingAt()) {
        down = i;
      }
      noTx |= GOOSE_NO_TX.matcher(s).lookingAt();
    }
    List<Diagnostic> problems = new ArrayList<>();
    if (up < 0) {
      problems.add(MigrationProblems.missingUpMarker(file, "-- +goose Up"));
    }
    Builder b = new Builder(text);
    gooseUpSection(file, text, lines, up + 1, down >= 0 ? down : lines.size(), b, problems);
    return b.build(noTx, problems);
  }

  /** Keeps lines {@code [first, last)} except goose markers, recording StatementBegin/End blocks. */
  private static void gooseUpSection(
      FileId file, String text, List<int[]> lines, int first, int last, Builder b, List<Diagnostic> problems) {
    int blockStart = -1;
    int blockMarker = 0;
    for (int i = first; i < last; i++) {
      int[] line = lines.get(i);
      String s = trimmed(text, line);
      if (!(s.startsWith("--") && GOOSE_ANY.matcher(s).lookingAt())) {
        b.keep(line[0], line[2]);
      } else if (GOOSE_BEGIN.matcher(s).lookingAt()) {
        if (blockStart >= 0) {
          problems.add(MigrationProblems.unbalancedBlock(file, line[0], "StatementBegin inside an open StatementBegin block"));
        }
        blockStart = line[2];
        blockMarker = line[0];
      } else if (GOOSE_END.matcher(s).lookingAt()) {
        if (blockStart < 0) {
          problems.add(MigrationProblems.unbalancedBlock(file, line[0], "StatementEnd without StatementBegin"));
        } else {
          b.blocks.add(new TextRange(blockStart, line[0]));
          blockStart = -1;
        }
      }
    }
    if (blockStart >= 0) {
      problems.add(MigrationProblems.unbalancedBlock(file, blockMarker, "StatementBegin without StatementEnd"));
      b.blocks.add(new TextRange(blockStart, last < lines.size() ? lines.get(last)[0] : text.length()));
    }
  }

  /**
   * dbmate: lines after the first {@code -- migrate:up} up to the first {@code -- migrate:down}
   * that follows it are applied; {@code transaction:false} on the up line opts out.
   */
  static Sectioned dbmate(FileId file, String text) {
    List<int[]> lines = lines(text);
    int up = -1;
    int down = -1;
    String options = "";
    for (int i = 0; i < lines.size(); i++) {
      String s = trimmed(text, lines.get(i));
      if (!s.startsWith("--")) {
        continue;
      }
      Matcher m = DBMATE_UP.matcher(s);
      if (up < 0 && m.lookingAt()) {
        up = i;
        options = m.group(1);
      } else if (down < 0 && DBMATE_DOWN.matcher(s).lookingAt()) {
        down = i;
      }
    }
    List<Diagnostic> problems = new ArrayList<>();
    if (up < 0) {
      problems.add(MigrationProblems.missingUpMarker(file, "-- migrate:up"));
    }
    int last = down > up ? down : lines.size();
    Builder b = new Builder(text);
    for (int i = up + 1; i < last; i++) {
      b.keep(lines.get(i)[0], lines.get(i)[2]);
    }
    return b.build(DBMATE_NO_TX.matcher(options).find(), problems);
  }

  /** Each line as {start, end of content, start of next line}. */
  private static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int next = nl < 0 ? n : nl + 1;
      int end = nl < 0 ? n : (nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
      out.add(new int[] {start, end, next});
      start = next;
    }
    return out;
  }

  private static String trimmed(String text, int[] line) {
    return text.substring(line[0], line[1]).strip();
  }

  /** Collects kept line spans (merging neighbours) and blanks everything else. */
  private static final class Builder {
    private final String text;
    private final List<TextRange> kept = new ArrayList<>();
    private final List<TextRange> blocks = new ArrayList<>();

    Builder(String text) {
      this.text = text;
    }

    void keep(int start, int end) {
      int last = kept.size() - 1;
      if (last >= 0 && kept.get(last).end() == start) {
        kept.set(last, new TextRange(kept.get(last).start(), end));
      } else if (end > start) {
        kept.add(new TextRange(start, end));
      }
    }

    Sectioned build(boolean noTransaction, List<Diagnostic> problems) {
      return new Sectioned(blankOutside(text, kept), kept, blocks, noTransaction, problems);
    }
  }

  /** The text with every char outside {@code kept} turned into a space, line breaks preserved. */
  static String blankOutside(String text, List<TextRange> kept) {
    char[] out = text.toCharArray();
    int pos = 0;
    for (TextRange r : kept) {
      blank(out, pos, r.start());
      pos = r.end();
    }
    blank(out, pos, out.length);
    return new String(out);
  }

  private static void blank(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chars[i] != '\n' && chars[i] != '\r') {
        chars[i] = ' ';
      }
    }
  }
}
