package dev.strata.model.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table (ordinary, partitioned or foreign) with what hangs off it. Every list is sorted by
 * name; {@code checkConstraints} holds only the constraint names, since check expressions are
 * printed by PostgreSQL in a normalised form the model does not reproduce.
 */
public record TableSnapshot(
    List<ColumnSnapshot> columns,
    Optional<KeySnapshot> primaryKey,
    List<KeySnapshot> uniqueConstraints,
    List<ForeignKeySnapshot> foreignKeys,
    List<String> checkConstraints,
    List<IndexSnapshot> indexes) {

  public TableSnapshot {
    Objects.requireNonNull(primaryKey, "primaryKey");
    columns = Sorted.byName(columns, ColumnSnapshot::name);
    uniqueConstraints = Sorted.byName(uniqueConstraints, KeySnapshot::name);
    foreignKeys = Sorted.byName(foreignKeys, ForeignKeySnapshot::name);
    checkConstraints = checkConstraints.stream().sorted().toList();
    indexes = Sorted.byName(indexes, IndexSnapshot::name);
  }
}
