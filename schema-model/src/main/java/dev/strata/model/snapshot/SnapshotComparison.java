package dev.strata.model.snapshot;

import java.util.List;

/**
 * The outcome of {@link SnapshotDiff#compare}: every difference in a stable order (the order the
 * objects were walked: schemas, extensions, tables, enums, sequences, views), and the figures.
 *
 * @param objectsCompared objects present on at least one side (a table, a column, a key, an index, ...)
 * @param objectsAgreeing objects present on both sides with every compared aspect equal
 */
public record SnapshotComparison(List<Difference> differences, int objectsCompared, int objectsAgreeing) {
  public SnapshotComparison {
    differences = List.copyOf(differences);
    if (objectsAgreeing > objectsCompared || objectsAgreeing < 0) {
      throw new IllegalArgumentException("agreeing " + objectsAgreeing + " of " + objectsCompared);
    }
  }

  public boolean agrees() {
    return differences.isEmpty();
  }
}
