package dev.strata.server.lsp;

import java.util.concurrent.CompletableFuture;

/** Serves {@link TimelineProtocol} on the session's analysis thread, each request through its handler. */
final class TimelineRequests implements TimelineProtocol {
  private final Session session;

  TimelineRequests(Session session) {
    this.session = session;
  }

  @Override
  public CompletableFuture<TimelineView> timeline(Document params) {
    return Guard.request(session, "strata/timeline", () -> TimelineHandler.timeline(session, params));
  }

  @Override
  public CompletableFuture<Diagram> diagram(StrataProtocol.Cursor params) {
    return Guard.request(session, "strata/diagram", () -> DiagramHandler.diagram(session, params));
  }
}
