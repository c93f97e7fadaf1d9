package dev.strata.server.lsp;

import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Fix;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import dev.strata.server.convert.FromLsp;
import dev.strata.server.convert.ToLsp;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/codeAction}: every fix of every model diagnostic touching the requested range
 * becomes a quick fix carrying its edit. The history is brought up to the editor's current text
 * first, so fixes never edit a stale buffer. In a Prisma schema, drift diagnostics offer the
 * migration that closes the drift ({@link DriftMigrationAction}).
 */
final class CodeActionHandler {
  private CodeActionHandler() {}

  static List<Either<Command, CodeAction>> codeActions(Session session, CodeActionParams params) {
    String uri = params.getTextDocument().getUri();
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    if (!wantsQuickFixes(params.getContext().getOnly())) {
      return out;
    }
    Uris.toPath(uri).flatMap(session::locate).ifPresent(at -> {
      Project project = ProjectLoader.refresh(at.project(), session.documents.snapshot());
      ProjectLocator locator = new ProjectLocator(project, session.documents.snapshot());
      project.historyOf(at.file()).ifPresent(history -> {
        LineIndex lines = locator.lines(at.file()).orElse(LineIndex.of(""));
        TextRange asked = FromLsp.range(lines, params.getRange());
        for (Diagnostic d : history.diagnostics(at.file())) {
          if (touches(d.range().range(), asked)) {
            for (Fix fix : d.fixes()) {
              ToLsp.quickFix(fix, List.of(ToLsp.diagnostic(d, locator)), locator).ifPresent(a -> out.add(Either.forRight(a)));
            }
          }
        }
      });
    });
    DriftMigrationAction.of(session, params).ifPresent(a -> out.add(Either.forRight(a)));
    return out;
  }

  /** A client may ask for some kinds only; quick fixes answer {@code quickfix} and its parents. */
  private static boolean wantsQuickFixes(List<String> only) {
    return only == null || only.isEmpty()
        || only.stream().anyMatch(k -> k.isEmpty() || CodeActionKind.QuickFix.equals(k) || CodeActionKind.QuickFix.startsWith(k + "."));
  }

  /** Overlapping or touching ranges: a cursor at either end of a diagnostic still gets its fixes. */
  private static boolean touches(TextRange a, TextRange b) {
    return a.start() <= b.end() && b.start() <= a.end();
  }
}
