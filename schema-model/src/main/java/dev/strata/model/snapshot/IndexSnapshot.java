package dev.strata.model.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index, including those behind primary keys and unique constraints.
 *
 * @param columns the key columns as {@code pg_get_indexdef(index, n, true)} prints them (a column
 *     name, or an expression such as {@code lower(email)})
 * @param method the access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, ...
 * @param predicate the {@code WHERE} of a partial index as {@code pg_get_expr} prints it
 */
public record IndexSnapshot(
    String name, List<String> columns, boolean unique, boolean primary, String method, Optional<String> predicate) {
  public IndexSnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(predicate, "predicate");
    columns = List.copyOf(columns);
  }
}
