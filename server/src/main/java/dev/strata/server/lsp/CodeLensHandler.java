package dev.strata.server.lsp;

import dev.strata.model.analysis.MigrationSummary;
import dev.strata.model.text.TextRange;
import dev.strata.server.convert.ToLsp;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;

/**
 * {@code textDocument/codeLens}: one label on the first line of every migration, saying whether it
 * applies and what it does ({@code ✔ applies · creates 2 tables · 14 tables after}) or where it
 * fails and what that blocks.
 */
final class CodeLensHandler {
  private CodeLensHandler() {}

  static List<CodeLens> lenses(Session session, CodeLensParams params) {
    return DocumentTarget.of(session, params.getTextDocument().getUri())
        .flatMap(t -> MigrationSummary.line(t.analysis(), t.file())
            .map(line -> List.of(ToLsp.label(ToLsp.range(t.lines(), TextRange.EMPTY), line.text()))))
        .orElse(List.of());
  }
}
