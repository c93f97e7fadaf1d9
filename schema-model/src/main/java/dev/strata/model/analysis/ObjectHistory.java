package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.text.FileId;
import java.util.List;
import java.util.Optional;

/**
 * The life of one object across the history: created, altered, renamed, dropped, in order, each
 * with its origin. The key is an object-event key ({@code table:public.users},
 * {@code column:public.users.email}) under any name the object had; renames are followed, and for
 * a table the events of its columns and constraints are included.
 */
public final class ObjectHistory {
  private ObjectHistory() {}

  /** One event: {@code key} is the object's key at that time, {@code detail} e.g. {@code renamed from x}. */
  public record Entry(ObjectEvent.Kind kind, String key, String detail, Origin origin) {}

  /** The object named at a cursor ({@code ref}, as named there) and its life. */
  public record AtCursor(SymbolRef ref, List<Entry> entries) {
    public AtCursor {
      entries = List.copyOf(entries);
    }
  }

  /** The history of the object named at {@code offset} of {@code file}; empty when no name is there. */
  public static Optional<AtCursor> at(Analysis a, FileId file, int offset) {
    return SymbolAt.at(a, file, offset).map(s -> new AtCursor(s.ref(), of(a, s.ref().key())));
  }

  public static List<Entry> of(Analysis a, String objectKey) {
    SymbolIndex idx = SymbolIndex.of(a);
    Optional<String> identity = identity(idx, objectKey);
    if (identity.isEmpty()) {
      return List.of();
    }
    String id = identity.get();
    return idx.eventsWithMembers(id).stream()
        .map(e -> new Entry(e.event().kind(), e.event().key(), e.event().detail(), e.event().origin()))
        .toList();
  }

  /** The identity of the latest object that had {@code key}, by its events or its names. */
  private static Optional<String> identity(SymbolIndex idx, String key) {
    Optional<String> byEvent = idx.events.stream().filter(e -> SymbolIndex.eventKey(e.event()).equals(key))
        .reduce((x, y) -> y).map(SymbolIndex.Event::identity);
    if (byEvent.isPresent()) {
      return byEvent;
    }
    return idx.occurrences.stream().filter(o -> o.ref().key().equals(key)).reduce((x, y) -> y)
        .map(Occurrence::identity);
  }
}
