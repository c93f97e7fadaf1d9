package dev.strata.server.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.Related;
import dev.strata.model.diag.TextEdit;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** Offsets to lines and UTF-16 columns and back, diagnostics and fixes to protocol objects. */
class ConvertTest {
  private static final FileId A = new FileId("db/V1__a.sql");
  private static final FileId B = new FileId("db/V2__b.sql");
  private static final String TEXT_A = "CREATE TABLE t (id int);\r\n-- 😀 émoji\nSELECT nope FROM t;\n";
  private static final String TEXT_B = "SELECT 1;\n";
  private static final DiagnosticCode CODE = DiagnosticCode.catalog("unknown-column", "42703");

  private final FileLocator files = new FileLocator() {
    private final Map<FileId, String> texts = Map.of(A, TEXT_A, B, TEXT_B);

    @Override
    public String uri(FileId file) {
      return "file:///p/" + file.path();
    }

    @Override
    public Optional<LineIndex> lines(FileId file) {
      return Optional.ofNullable(texts.get(file)).map(LineIndex::of);
    }
  };

  private static TextRange rangeOf(String text, String needle) {
    int at = text.indexOf(needle);
    return new TextRange(at, at + needle.length());
  }

  @Test
  void diagnosticCarriesCodeDocHelpRelatedAndData() {
    TextRange nope = rangeOf(TEXT_A, "nope");
    Diagnostic d = Diagnostic.of(CODE, new FileRange(A, nope), "column \"nope\" does not exist")
        .withHelp("Did you mean \"id\"?")
        .withRelated(List.of(new Related(new FileRange(A, rangeOf(TEXT_A, "t (id")), "table t created here")));
    org.eclipse.lsp4j.Diagnostic out = ToLsp.diagnostic(d, files);
    assertEquals(new Range(new Position(2, 7), new Position(2, 11)), out.getRange());
    assertEquals("unknown-column", out.getCode().getLeft());
    assertEquals(CODE.docUrl(), out.getCodeDescription().getHref());
    assertEquals("column \"nope\" does not exist\nDid you mean \"id\"?", out.getMessage());
    assertEquals("file:///p/db/V1__a.sql", out.getRelatedInformation().get(0).getLocation().getUri());
    assertEquals(new Position(0, 13), out.getRelatedInformation().get(0).getLocation().getRange().getStart());
    assertEquals(Optional.of(new DiagnosticData("unknown-column", A.path(), nope.start(), nope.end())),
        DiagnosticData.from(out.getData()));
  }

  @Test
  void columnsCountUtf16UnitsAfterASurrogatePair() {
    LineIndex lines = LineIndex.of(TEXT_A);
    int e = TEXT_A.indexOf("émoji");
    assertEquals(new Position(1, 6), ToLsp.position(lines, e));
    assertEquals(e, FromLsp.offset(lines, new Position(1, 6)));
  }

  @Test
  void incrementalChangeSplicesAndFullChangeReplaces() {
    TextDocumentContentChangeEvent edit = new TextDocumentContentChangeEvent(
        new Range(new Position(2, 7), new Position(2, 11)), "id");
    assertEquals("CREATE TABLE t (id int);\r\n-- 😀 émoji\nSELECT id FROM t;\n", FromLsp.apply(TEXT_A, edit));
    assertEquals("x", FromLsp.apply(TEXT_A, new TextDocumentContentChangeEvent("x")));
  }

  @Test
  void quickFixGroupsEditsByFileAndIsNeverACommand() {
    Fix fix = new Fix("Change to id", List.of(
        new TextEdit(A, rangeOf(TEXT_A, "nope"), "id"), new TextEdit(B, new TextRange(7, 8), "2")), true);
    CodeAction action = ToLsp.quickFix(fix, List.of(), files).orElseThrow();
    assertEquals("quickfix", action.getKind());
    assertEquals(true, action.getIsPreferred());
    assertEquals(null, action.getCommand());
    assertEquals(2, action.getEdit().getChanges().size());
    assertEquals(new Range(new Position(0, 7), new Position(0, 8)),
        action.getEdit().getChanges().get("file:///p/db/V2__b.sql").get(0).getRange());
  }

  @Test
  void fixEditingAnUnknownFileIsDropped() {
    Fix fix = Fix.of("x", new TextEdit(new FileId("gone.sql"), new TextRange(0, 1), ""));
    assertEquals(Optional.empty(), ToLsp.quickFix(fix, List.of(), files));
  }

  @Test
  void malformedDataIsEmpty() {
    assertEquals(Optional.empty(), DiagnosticData.from(null));
    assertEquals(Optional.empty(), DiagnosticData.from(com.google.gson.JsonParser.parseString("{\"code\": 1}")));
  }
}
