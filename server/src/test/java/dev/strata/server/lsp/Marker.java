package dev.strata.server.lsp;

import dev.strata.model.text.LineIndex;
import org.eclipse.lsp4j.Position;

/**
 * Cursor positions written as a snippet of the file with {@code $0} where the cursor is, so tests
 * never count lines or columns by hand: {@code Marker.at(text, "WHERE os.$0\"customer_id\"")}.
 */
final class Marker {
  private Marker() {}

  /** The position of {@code $0} in the only occurrence of {@code snippet} (without the marker) in {@code text}. */
  static Position at(String text, String snippet) {
    int cursor = snippet.indexOf("$0");
    if (cursor < 0) {
      throw new IllegalArgumentException("no $0 in " + snippet);
    }
    String plain = snippet.replace("$0", "");
    int found = text.indexOf(plain);
    if (found < 0 || text.indexOf(plain, found + 1) >= 0) {
      throw new IllegalArgumentException((found < 0 ? "not found: " : "not unique: ") + plain);
    }
    LineIndex lines = LineIndex.of(text);
    int offset = found + cursor;
    return new Position(lines.line(offset), lines.column(offset));
  }

  /** The zero-based line of the only line equal to {@code line} (stripped). */
  static int line(String text, String line) {
    return text.lines().map(String::strip).toList().indexOf(line.strip());
  }
}
