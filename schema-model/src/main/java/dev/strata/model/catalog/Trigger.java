package dev.strata.model.catalog;

import java.util.List;

/** A trigger on a table, calling {@code function}. */
public record Trigger(Name name, QName function, String timing, List<String> events, Origin origin) {
  public Trigger {
    events = List.copyOf(events);
  }

  public Trigger withName(Name n, Origin o) {
    return new Trigger(n, function, timing, events, o);
  }
}
