package dev.strata.server.lsp;

import dev.strata.model.analysis.Timeline;
import dev.strata.server.lsp.TimelineProtocol.Failure;
import dev.strata.server.lsp.TimelineProtocol.TimelineRow;
import dev.strata.server.lsp.TimelineProtocol.TimelineView;
import java.util.Locale;

/** {@code strata/timeline}: the model's {@link Timeline} of the document's history, each row with its file's URI. */
final class TimelineHandler {
  private TimelineHandler() {}

  /** Null when the document is not a migration of any history. */
  static TimelineView timeline(Session session, TimelineProtocol.Document params) {
    return DocumentTarget.of(session, params.uri()).map(t -> new TimelineView(
        t.analysis().migrations().get(0).tool().id() + " history",
        Timeline.of(t.analysis()).rows().stream().map(r -> new TimelineRow(r.index(),
            r.date().map(Object::toString).orElse(null), r.name(), t.locator().uri(r.file()), r.purpose(),
            r.status().name().toLowerCase(Locale.ROOT),
            r.failure().map(f -> new Failure(f.message(), f.line(), f.code())).orElse(null), r.tablesAfter()))
            .toList()))
        .orElse(null);
  }
}
