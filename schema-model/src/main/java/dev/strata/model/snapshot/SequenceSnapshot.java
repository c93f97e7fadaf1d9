package dev.strata.model.snapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * A sequence as {@code pg_sequence} holds it, including those behind serial and identity columns.
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param ownedBy {@code schema.table.column} of the owning column, if any
 */
public record SequenceSnapshot(
    String dataType, long start, long increment, long min, long max, boolean cycle, Optional<String> ownedBy) {
  public SequenceSnapshot {
    Objects.requireNonNull(dataType, "dataType");
    Objects.requireNonNull(ownedBy, "ownedBy");
  }
}
