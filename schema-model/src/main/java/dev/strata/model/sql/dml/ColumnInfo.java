package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import java.util.Optional;

/**
 * A column as resolution sees it: its name, its type as {@code format_type} prints it, and the
 * type's own name when the integrator knows it (so enum labels can be looked up).
 */
public record ColumnInfo(Name name, String typeDisplay, Optional<Name> typeSchema, Optional<Name> typeName) {
  public static ColumnInfo of(Name name, String typeDisplay) {
    return new ColumnInfo(name, typeDisplay, Optional.empty(), Optional.empty());
  }
}
