package dev.strata.model.snapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * One column as {@code pg_attribute} shows it.
 *
 * @param type the type as {@code format_type(atttypid, atttypmod)} prints it ({@code character varying(64)})
 * @param defaultExpr the default as {@code pg_get_expr} prints it; empty for none and for generated columns
 * @param identity {@code always} or {@code by default}; empty when the column is no identity
 * @param generated the generation expression of a {@code GENERATED ALWAYS AS (...) STORED} column
 * @param position the 1-based position among the table's live columns
 */
public record ColumnSnapshot(
    String name, String type, boolean notNull, Optional<String> defaultExpr, Optional<String> identity,
    Optional<String> generated, int position) {

  public ColumnSnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultExpr, "defaultExpr");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(generated, "generated");
  }
}
