package dev.strata.model.text;

import java.util.Arrays;

/**
 * Converts between char offsets and zero-based (line, column) positions. A line ends after
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP defines it. Columns count UTF-16 units.
 */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  private LineIndex(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  public static LineIndex of(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    if (text instanceof String s && s.indexOf('\r') < 0) {
      // The usual case, line by line with indexOf (bulk, also before the JIT has compiled this).
      for (int nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = nl + 1;
      }
      return new LineIndex(Arrays.copyOf(starts, count), n);
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count), n);
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** Zero-based line of an offset; offsets past the end clamp to the last line. */
  public int line(int offset) {
    int o = Math.max(0, Math.min(offset, length));
    int idx = Arrays.binarySearch(lineStarts, o);
    return idx >= 0 ? idx : -idx - 2;
  }

  /** Zero-based column (UTF-16 units) of an offset within its line. */
  public int column(int offset) {
    int o = Math.max(0, Math.min(offset, length));
    return o - lineStarts[line(o)];
  }

  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
  }

  /** End of a line's content, before its line break. */
  public int lineEnd(int line, CharSequence text) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
    while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** Offset of a zero-based (line, column); columns past the line's end clamp to it. */
  public int offset(int line, int column) {
    if (line >= lineStarts.length) {
      return length;
    }
    int start = lineStarts[Math.max(0, line)];
    int next = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
    return Math.min(start + Math.max(0, column), next);
  }
}
