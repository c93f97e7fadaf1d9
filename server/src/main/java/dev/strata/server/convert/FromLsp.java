package dev.strata.server.convert;

import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Protocol positions to char offsets. Positions past a line's end clamp to it, as LSP asks. */
public final class FromLsp {
  private FromLsp() {}

  public static int offset(LineIndex lines, Position p) {
    return lines.offset(p.getLine(), p.getCharacter());
  }

  public static TextRange range(LineIndex lines, Range r) {
    int start = offset(lines, r.getStart());
    int end = offset(lines, r.getEnd());
    return new TextRange(Math.min(start, end), Math.max(start, end));
  }

  /**
   * The text after one content change: a change without a range replaces the whole document,
   * one with a range splices {@code text} into it (incremental sync).
   */
  public static String apply(String text, TextDocumentContentChangeEvent change) {
    if (change.getRange() == null) {
      return change.getText();
    }
    TextRange r = range(LineIndex.of(text), change.getRange());
    return text.substring(0, r.start()) + change.getText() + text.substring(r.end());
  }
}
