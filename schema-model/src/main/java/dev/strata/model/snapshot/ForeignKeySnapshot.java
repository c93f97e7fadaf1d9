package dev.strata.model.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code refTable} is {@code schema.table} unquoted; actions are spelled as
 * PostgreSQL's documentation does: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE},
 * {@code SET NULL}, {@code SET DEFAULT}.
 */
public record ForeignKeySnapshot(
    String name, List<String> columns, String refTable, List<String> refColumns, String onUpdate, String onDelete) {
  public ForeignKeySnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(refTable, "refTable");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(onDelete, "onDelete");
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
  }
}
