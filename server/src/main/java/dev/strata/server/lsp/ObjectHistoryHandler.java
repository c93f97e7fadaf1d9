package dev.strata.server.lsp;

import dev.strata.model.analysis.ObjectHistory;
import dev.strata.server.convert.ToLsp;
import dev.strata.server.lsp.StrataProtocol.Cursor;
import dev.strata.server.lsp.StrataProtocol.Event;
import dev.strata.server.lsp.StrataProtocol.ObjectLife;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.Location;

/**
 * {@code strata/objectHistory}: every event in the life of the object named at the cursor (renames
 * followed, a table's columns included), each with its location, plus the same as markdown.
 */
final class ObjectHistoryHandler {
  private ObjectHistoryHandler() {}

  /** Null when no object is named at the cursor. */
  static ObjectLife objectHistory(Session session, Cursor params) {
    return DocumentTarget.of(session, params.uri())
        .flatMap(t -> ObjectHistory.at(t.analysis(), t.file(), t.offset(params.position())).map(life -> {
          List<Event> events = new ArrayList<>();
          StringBuilder md = new StringBuilder("**" + life.ref().kind().label() + "** `" + life.ref().display() + "`\n\n");
          for (ObjectHistory.Entry e : life.entries()) {
            String kind = e.kind().name().toLowerCase(Locale.ROOT);
            Location at = ToLsp.location(e.origin().location(), t.locator()).orElse(null);
            events.add(new Event(kind, e.key(), e.detail(), e.origin().migration(), at));
            md.append(line(kind, e, at));
          }
          return new ObjectLife(life.ref().display(), life.ref().kind().label(), md.toString(), events);
        }))
        .orElse(null);
  }

  /** {@code - 20241223_align:66 column `onboarding_states.clientId` added}. */
  private static String line(String kind, ObjectHistory.Entry e, Location at) {
    String what = e.key().replaceFirst(":public\\.", ":").replaceFirst(":", " `") + "`";
    String how = e.detail() == null || e.detail().isEmpty() ? kind : e.detail();
    String where = e.origin().migration() + (at == null ? "" : ":" + (at.getRange().getStart().getLine() + 1));
    return "- " + where + " " + what + " " + how + "\n";
  }
}
