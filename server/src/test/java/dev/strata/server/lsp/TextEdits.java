package dev.strata.server.lsp;

import dev.strata.model.text.LineIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/** Applies LSP text edits the way an editor does: all ranges refer to the original text. */
final class TextEdits {
  private TextEdits() {}

  static String apply(String text, List<TextEdit> edits) {
    LineIndex lines = LineIndex.of(text);
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(lines, e, true)).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit e : sorted) {
      out.replace(offset(lines, e, true), offset(lines, e, false), e.getNewText());
    }
    return out.toString();
  }

  private static int offset(LineIndex lines, TextEdit e, boolean start) {
    var p = start ? e.getRange().getStart() : e.getRange().getEnd();
    return lines.offset(p.getLine(), p.getCharacter());
  }
}
