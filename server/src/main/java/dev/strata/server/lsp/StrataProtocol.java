package dev.strata.server.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * Strata's own requests beside the standard ones, used by the VS Code extension's commands;
 * other clients never send them. Payloads are plain JSON objects (records, via Gson).
 */
@JsonSegment("strata")
public interface StrataProtocol {

  /** {@code strata/schemaAt}: the schema just before the statement at the cursor runs, as DDL; null outside every history. */
  @JsonRequest
  CompletableFuture<SchemaAt> schemaAt(Cursor params);

  /** {@code strata/objectHistory}: the life of the object named at the cursor; null when no name is there. */
  @JsonRequest
  CompletableFuture<ObjectLife> objectHistory(Cursor params);

  /** {@code {uri, position}}: a cursor in a document. */
  record Cursor(String uri, Position position) {}

  /** The schema at a point: {@code migration} is the migration the cursor is in. */
  record SchemaAt(String ddl, String migration) {}

  /**
   * An object's history: {@code name} as named at the cursor, {@code markdown} a readable list,
   * {@code entries} the events in history order.
   */
  record ObjectLife(String name, String kind, String markdown, List<Event> entries) {
    public ObjectLife {
      entries = List.copyOf(entries);
    }
  }

  /** One event: {@code kind} is created, altered, renamed or dropped; {@code key} the object's key then. */
  record Event(String kind, String key, String detail, String migration, Location location) {}

  /** {@code strata/status}, sent after each analysis: the tools found, migrations and errors in all histories. */
  record Status(String tool, int migrations, int errors) {}
}
