package dev.strata.server.convert;

import dev.strata.model.diag.Fix;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Model values to protocol objects. Every method is a pure function of its arguments. */
public final class ToLsp {
  public static final String SOURCE = "strata";

  private ToLsp() {}

  public static Position position(LineIndex lines, int offset) {
    return new Position(lines.line(offset), lines.column(offset));
  }

  public static Range range(LineIndex lines, TextRange r) {
    return new Range(position(lines, r.start()), position(lines, r.end()));
  }

  public static DiagnosticSeverity severity(Severity s) {
    switch (s) {
      case ERROR:
        return DiagnosticSeverity.Error;
      case WARNING:
        return DiagnosticSeverity.Warning;
      case INFO:
        return DiagnosticSeverity.Information;
      default:
        return DiagnosticSeverity.Hint;
    }
  }

  /**
   * The protocol diagnostic: {@code code} is the diagnostic id, {@code codeDescription} its doc
   * page, the help (if any) follows the message on its own line, and {@code data} lets a
   * code-action request find the model diagnostic again ({@link DiagnosticData}).
   */
  public static Diagnostic diagnostic(dev.strata.model.diag.Diagnostic d, FileLocator files) {
    LineIndex lines = files.lines(d.range().file()).orElse(LineIndex.of(""));
    String message = d.message() + d.help().map(h -> "\n" + h).orElse("");
    Diagnostic out = new Diagnostic(range(lines, d.range().range()), message, severity(d.severity()), SOURCE);
    out.setCode(Either.forLeft(d.code().id()));
    out.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(d.code().docUrl()));
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (Related r : d.related()) {
      location(r.location(), files).ifPresent(loc -> related.add(new DiagnosticRelatedInformation(loc, r.message())));
    }
    if (!related.isEmpty()) {
      out.setRelatedInformation(related);
    }
    out.setData(DiagnosticData.of(d).toJson());
    return out;
  }

  public static Optional<Location> location(FileRange r, FileLocator files) {
    return files.lines(r.file()).map(lines -> new Location(files.uri(r.file()), range(lines, r.range())));
  }

  /**
   * A quick fix as a code action that carries its {@link WorkspaceEdit} (never a command: clients
   * without {@code workspace/executeCommand} could not apply it). Empty when a fix edits a file the
   * locator does not know.
   */
  public static Optional<CodeAction> quickFix(Fix fix, List<Diagnostic> fixes, FileLocator files) {
    Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
    for (dev.strata.model.diag.TextEdit e : fix.edits()) {
      Optional<LineIndex> lines = files.lines(e.file());
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      changes.computeIfAbsent(files.uri(e.file()), u -> new ArrayList<>())
          .add(new TextEdit(range(lines.get(), e.range()), e.newText()));
    }
    CodeAction action = new CodeAction(fix.title());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(fixes);
    action.setIsPreferred(fix.preferred());
    action.setEdit(new WorkspaceEdit(changes));
    return Optional.of(action);
  }
}
