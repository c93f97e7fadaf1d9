package dev.strata.model.sql.ast;

import java.util.Optional;

/**
 * Options of CREATE/ALTER SEQUENCE and identity columns. Absent means "not said". {@code ownedBy}
 * is {@code table.column}; {@code ownedByNone} is {@code OWNED BY NONE}.
 */
public record SequenceOptions(
    Optional<TypeName> as,
    Optional<Long> start,
    Optional<Long> increment,
    Optional<Long> minValue,
    Optional<Long> maxValue,
    Optional<Boolean> cycle,
    Optional<Long> cache,
    Optional<QualifiedName> ownedBy,
    boolean ownedByNone,
    boolean restart) {

  public static final SequenceOptions NONE = new SequenceOptions(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), false, false);
}
