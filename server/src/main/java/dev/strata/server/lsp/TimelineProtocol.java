package dev.strata.server.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * The history-at-a-glance requests of the VS Code extension: {@code strata/timeline} (the
 * migrations of the history a file belongs to) and {@code strata/diagram} (a Mermaid ER diagram
 * of the schema at a cursor). Served by {@link TimelineRequests}, which the server exposes through
 * one {@code @JsonDelegate} method. Payloads are plain records (Gson).
 */
@JsonSegment("strata")
public interface TimelineProtocol {

  /** {@code strata/timeline}: null when the document belongs to no history. */
  @JsonRequest
  CompletableFuture<TimelineView> timeline(Document params);

  /** {@code strata/diagram}: the schema just before the statement at the cursor; null outside every history. */
  @JsonRequest
  CompletableFuture<Diagram> diagram(StrataProtocol.Cursor params);

  /** {@code {uri}}: a document. */
  record Document(String uri) {}

  /** A history: {@code title} names its tool and folder; rows in apply order. */
  record TimelineView(String title, List<TimelineRow> rows) {
    public TimelineView {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One migration: {@code status} is ok, stub, fails or blocked; {@code date} is ISO or null;
   * {@code failure} is null unless it fails; {@code uri} opens its file.
   */
  record TimelineRow(int index, String date, String name, String uri, String purpose, String status, Failure failure,
      int tablesAfter) {}

  /** Where a failing migration stops (1-based line). */
  record Failure(String message, int line, String code) {}

  /** A Mermaid {@code erDiagram} of the schema in {@code migration} at the cursor. */
  record Diagram(String mermaid, String migration) {}
}
