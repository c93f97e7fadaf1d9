package dev.strata.server.convert;

import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
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

  /**
   * Whether hover text should be markdown: the client's {@code hover.contentFormat} lists formats
   * in its order of preference, and Eglot without markdown-mode lists only plain text. A client
   * that says nothing gets markdown, which every editor we know renders.
   */
  public static boolean prefersMarkdown(ClientCapabilities caps) {
    List<String> formats = Optional.ofNullable(caps).map(ClientCapabilities::getTextDocument)
        .map(TextDocumentClientCapabilities::getHover).map(HoverCapabilities::getContentFormat).orElse(List.of());
    for (String f : formats) {
      if (MarkupKind.MARKDOWN.equals(f)) {
        return true;
      }
      if (MarkupKind.PLAINTEXT.equals(f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the client applies workspace edits that create files: {@code documentChanges} and a
   * {@code resourceOperations} list naming {@code create}. Without both, a file-creating edit would
   * be refused or, worse, applied as a text edit to a file that does not exist.
   */
  public static boolean createsFiles(ClientCapabilities caps) {
    Optional<WorkspaceEditCapabilities> edit = Optional.ofNullable(caps).map(ClientCapabilities::getWorkspace)
        .map(WorkspaceClientCapabilities::getWorkspaceEdit);
    return edit.map(WorkspaceEditCapabilities::getDocumentChanges).orElse(false)
        && edit.map(WorkspaceEditCapabilities::getResourceOperations).orElse(List.of())
            .contains(ResourceOperationKind.Create);
  }
}
