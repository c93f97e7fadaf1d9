package dev.strata.server.lsp;

import dev.strata.model.analysis.WorkspaceSymbols;
import dev.strata.server.convert.ToLsp;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbolParams;

/**
 * {@code workspace/symbol}: the objects of every history's final schema whose name contains the
 * query, at the name that defined them.
 */
final class WorkspaceSymbolHandler {
  private WorkspaceSymbolHandler() {}

  static List<SymbolInformation> symbols(Session session, WorkspaceSymbolParams params) {
    String query = params.getQuery() == null ? "" : params.getQuery();
    List<SymbolInformation> out = new ArrayList<>();
    for (Project p : session.projects()) {
      ProjectLocator locator = new ProjectLocator(p, session.documents.snapshot());
      for (History h : p.histories()) {
        WorkspaceSymbols.search(h.analysis(), query).forEach(s -> ToLsp.workspaceSymbol(s, locator).ifPresent(out::add));
      }
    }
    return out;
  }
}
