package dev.strata.model.snapshot;

import java.util.List;

/** A view or materialized view: whether it is materialized and its column names in order. */
public record ViewSnapshot(boolean materialized, List<String> columns) {
  public ViewSnapshot {
    columns = List.copyOf(columns);
  }
}
