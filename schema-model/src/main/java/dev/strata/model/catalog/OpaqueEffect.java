package dev.strata.model.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A statement whose effect on the schema cannot be read: dynamic SQL ({@code EXECUTE}) in a
 * {@code DO} block or in a function the statement calls. {@code what} says what ran, for messages
 * ({@code dynamic SQL in create_v1_hash_partitions()}); {@code names} are the identifiers the
 * statement spells as string literals (arguments, format strings), the only hint of which objects
 * it may have created.
 */
public record OpaqueEffect(String what, List<String> names, Origin origin) {
  public OpaqueEffect {
    Objects.requireNonNull(what, "what");
    names = List.copyOf(names);
    Objects.requireNonNull(origin, "origin");
  }
}
