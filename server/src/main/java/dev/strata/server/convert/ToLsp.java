package dev.strata.server.convert;

import dev.strata.model.analysis.CompletionResult;
import dev.strata.model.analysis.DocumentSymbols;
import dev.strata.model.analysis.HoverResult;
import dev.strata.model.analysis.WorkspaceSymbols;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.Severity;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Model values to protocol objects. Every method is a pure function of its arguments. */
public final class ToLsp {
  public static final String SOURCE = "strata";

  private static final Map<dev.strata.model.analysis.SymbolKind, SymbolKind> SYMBOL_KINDS = symbolKinds();

  private ToLsp() {}

  private static Map<dev.strata.model.analysis.SymbolKind, SymbolKind> symbolKinds() {
    Map<dev.strata.model.analysis.SymbolKind, SymbolKind> m = new EnumMap<>(dev.strata.model.analysis.SymbolKind.class);
    m.put(dev.strata.model.analysis.SymbolKind.SCHEMA, SymbolKind.Namespace);
    m.put(dev.strata.model.analysis.SymbolKind.EXTENSION, SymbolKind.Package);
    m.put(dev.strata.model.analysis.SymbolKind.TABLE, SymbolKind.Struct);
    m.put(dev.strata.model.analysis.SymbolKind.VIEW, SymbolKind.Interface);
    m.put(dev.strata.model.analysis.SymbolKind.SEQUENCE, SymbolKind.Number);
    m.put(dev.strata.model.analysis.SymbolKind.INDEX, SymbolKind.Key);
    m.put(dev.strata.model.analysis.SymbolKind.TYPE, SymbolKind.Enum);
    m.put(dev.strata.model.analysis.SymbolKind.ENUM_LABEL, SymbolKind.EnumMember);
    m.put(dev.strata.model.analysis.SymbolKind.COLUMN, SymbolKind.Field);
    m.put(dev.strata.model.analysis.SymbolKind.CONSTRAINT, SymbolKind.Property);
    m.put(dev.strata.model.analysis.SymbolKind.FUNCTION, SymbolKind.Function);
    m.put(dev.strata.model.analysis.SymbolKind.TRIGGER, SymbolKind.Event);
    return m;
  }

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

  /**
   * A quick fix that creates the file at {@code uri} (failing if it exists: nothing is overwritten)
   * and inserts {@code text} into it: one {@code documentChanges} edit, no command. Only for clients
   * that support {@code create} resource operations ({@link FromLsp#createsFiles}).
   */
  public static CodeAction createFile(String title, String uri, String text, List<Diagnostic> fixes) {
    CreateFile create = new CreateFile(uri, new CreateFileOptions(false, false));
    TextDocumentEdit insert = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, null),
        List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 0)), text)));
    List<Either<TextDocumentEdit, ResourceOperation>> changes = List.of(Either.forRight(create), Either.forLeft(insert));
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(fixes);
    action.setEdit(new WorkspaceEdit(changes));
    return action;
  }

  /** Hover text in the format the client asked for ({@link FromLsp#prefersMarkdown}). */
  public static Hover hover(HoverResult h, LineIndex lines, boolean markdown) {
    MarkupContent content = markdown
        ? new MarkupContent(MarkupKind.MARKDOWN, h.markdown())
        : new MarkupContent(MarkupKind.PLAINTEXT, h.plainText());
    return new Hover(content, range(lines, h.range()));
  }

  /**
   * Completion items that each replace the model's {@code replace} range (the partial word, with
   * its opening quote) by the item's text. The filter text is that insert text, so a client
   * filtering on the typed {@code "cli} still matches {@code "client_id"}.
   */
  public static CompletionList completion(CompletionResult c, LineIndex lines) {
    Range replace = range(lines, c.replace());
    List<CompletionItem> items = new ArrayList<>();
    int rank = 0;
    for (dev.strata.model.analysis.CompletionItem i : c.items()) {
      CompletionItem item = new CompletionItem(i.label());
      item.setKind(completionKind(i.kind()));
      item.setDetail(i.detail());
      item.setFilterText(i.insertText());
      item.setSortText(String.format("%05d", rank++));
      item.setTextEdit(Either.forLeft(new TextEdit(replace, i.insertText())));
      items.add(item);
    }
    return new CompletionList(false, items);
  }

  public static CompletionItemKind completionKind(dev.strata.model.analysis.CompletionItem.Kind k) {
    switch (k) {
      case TABLE:
        return CompletionItemKind.Class;
      case VIEW:
        return CompletionItemKind.Interface;
      case SEQUENCE:
        return CompletionItemKind.Value;
      case COLUMN:
        return CompletionItemKind.Field;
      case TYPE:
        return CompletionItemKind.TypeParameter;
      case ENUM_LABEL:
        return CompletionItemKind.EnumMember;
      case SCHEMA:
        return CompletionItemKind.Module;
      default:
        return CompletionItemKind.Keyword;
    }
  }

  /** A document symbol and its children; ranges are in the document's own lines. */
  public static DocumentSymbol documentSymbol(DocumentSymbols.Symbol s, LineIndex lines) {
    List<DocumentSymbol> children = new ArrayList<>();
    s.children().forEach(c -> children.add(documentSymbol(c, lines)));
    return new DocumentSymbol(s.name(), symbolKind(s.kind()), range(lines, s.range()),
        range(lines, s.selectionRange()), s.detail(), children);
  }

  /** A workspace symbol; empty when its file is unknown to the locator. */
  public static Optional<SymbolInformation> workspaceSymbol(WorkspaceSymbols.WorkspaceSymbol s, FileLocator files) {
    return location(s.location(), files).map(loc -> new SymbolInformation(s.name(), symbolKind(s.kind()), loc,
        s.container()));
  }

  public static SymbolKind symbolKind(dev.strata.model.analysis.SymbolKind k) {
    return SYMBOL_KINDS.get(k);
  }

  /** A code lens showing {@code title}; its command has no id, so clients render it as a label. */
  public static CodeLens label(Range range, String title) {
    return new CodeLens(range, new Command(title, ""), null);
  }
}
