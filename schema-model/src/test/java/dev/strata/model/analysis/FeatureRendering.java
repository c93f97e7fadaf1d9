package dev.strata.model.analysis;

import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.LineIndex;
import java.util.List;
import java.util.Optional;

/** Renders editor-feature results as reviewable text for golden files: positions as path:line:col plus the text. */
final class FeatureRendering {
  private FeatureRendering() {}

  static String render(Analysis a, FileId file, int offset, List<String> checks) {
    StringBuilder sb = new StringBuilder();
    if (checks.contains("hover")) {
      Optional<HoverResult> h = Hover.at(a, file, offset);
      sb.append("== hover ").append(h.map(x -> at(a, new FileRange(file, x.range()))).orElse("(none)")).append('\n');
      h.ifPresent(x -> sb.append(x.markdown().strip()).append('\n'));
    }
    if (checks.contains("plaintext")) {
      Hover.at(a, file, offset).ifPresent(x -> sb.append("== hover (plain text)\n").append(x.plainText().strip())
          .append('\n'));
    }
    if (checks.contains("definition")) {
      sb.append("== definition\n").append(GotoDefinition.at(a, file, offset).map(d -> at(a, d.target()))
          .orElse("(none)")).append('\n');
    }
    if (checks.contains("references")) {
      sb.append("== references\n");
      References.of(a, file, offset, true).forEach(r -> sb.append(at(a, r)).append('\n'));
    }
    if (checks.contains("completion")) {
      CompletionResult c = Completion.at(a, file, offset);
      sb.append("== completion replacing ").append(at(a, new FileRange(file, c.replace()))).append('\n');
      c.items().forEach(i -> sb.append(i.kind()).append(' ').append(i.label()).append(" | ").append(i.detail())
          .append(" | ").append(i.insertText()).append('\n'));
    }
    if (checks.contains("symbols")) {
      sb.append("== document symbols\n");
      DocumentSymbols.of(a, file).forEach(s -> symbol(a, file, s, "", sb));
    }
    if (checks.contains("schema")) {
      sb.append("== schema at cursor\n").append(SchemaDdl.print(a.catalogAt(file, offset).orElseThrow()));
    }
    if (checks.contains("lens")) {
      sb.append("== code lenses\n");
      a.results().forEach(r -> sb.append(r.migration().file().path()).append(": ")
          .append(MigrationSummary.line(a, r.migration().file()).map(MigrationSummary.Line::text).orElse("(none)"))
          .append('\n'));
    }
    return sb.toString();
  }

  private static void symbol(Analysis a, FileId file, DocumentSymbols.Symbol s, String indent, StringBuilder sb) {
    sb.append(indent).append(s.kind().label()).append(' ').append(s.name()).append(" — ").append(s.detail())
        .append(" @ ").append(at(a, new FileRange(file, s.selectionRange()))).append('\n');
    s.children().forEach(c -> symbol(a, file, c, indent + "  ", sb));
  }

  /** {@code path:line:col "text"} (one-based line and column). */
  static String at(Analysis a, FileRange r) {
    String text = a.result(r.file()).map(m -> m.migration().text()).orElse("");
    LineIndex li = LineIndex.of(text);
    int start = Math.min(r.range().start(), text.length());
    int end = Math.min(r.range().end(), text.length());
    String slice = text.substring(start, end).replace("\n", "⏎");
    if (slice.length() > 60) {
      slice = slice.substring(0, 57) + "...";
    }
    return r.file().path() + ":" + (li.line(start) + 1) + ":" + (li.column(start) + 1) + " \"" + slice + "\"";
  }
}
