package dev.strata.model.snapshot;

import java.util.List;
import java.util.Objects;

/** A primary key or unique constraint: its name and its columns in key order. */
public record KeySnapshot(String name, List<String> columns) {
  public KeySnapshot {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
