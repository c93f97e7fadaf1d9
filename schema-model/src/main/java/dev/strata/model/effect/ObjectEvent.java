package dev.strata.model.effect;

import dev.strata.model.catalog.Origin;

/**
 * Something a statement did to one object, for object history and hover: {@code key} is
 * {@code kind:schema.name} (columns: {@code column:schema.table.column}).
 */
public record ObjectEvent(String key, Kind kind, Origin origin, String detail) {
  public enum Kind { CREATED, ALTERED, RENAMED, DROPPED }
}
