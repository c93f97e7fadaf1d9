package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import java.util.List;
import java.util.Optional;

/**
 * The schema at one point in history, as name resolution needs it. The integrator adapts the
 * catalog to this interface; an implementation must be pure and must not throw.
 */
public interface RelationLookup {
  /**
   * The relation a (possibly schema-qualified) name resolves to at this point, or empty. An
   * unqualified name follows the search path ({@code public} first).
   */
  Optional<RelationInfo> relation(Optional<Name> schema, Name name);

  /** Enum labels of a type, if it is an enum (for 22P02 / 55P04 checks). */
  default Optional<List<String>> enumLabels(Optional<Name> schema, Name name) {
    return Optional.empty();
  }

  /** Names of the relations in a schema (or on the search path), offered as did-you-mean candidates. */
  default List<Name> relationNames(Optional<Name> schema) {
    return List.of();
  }

  /** A lookup that knows every name as a relation whose columns are unknown. */
  static RelationLookup permissive() {
    return (schema, name) -> Optional.of(RelationInfo.opaque(schema.orElse(Name.of("public")), name));
  }
}
