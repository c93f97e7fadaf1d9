package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import java.util.Optional;

/**
 * A column as resolution sees it: its name, its type as {@code format_type} prints it, and the
 * type's own name when the integrator knows it (so enum labels can be looked up).
 */
public record ColumnInfo(Name name, String typeDisplay, Optional<Name> typeSchema, Optional<Name> typeName) {
  // equals and hashCode written out: see Reference.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ColumnInfo c && name.equals(c.name)
        && java.util.Objects.equals(typeDisplay, c.typeDisplay) && typeSchema.equals(c.typeSchema)
        && typeName.equals(c.typeName));
  }

  @Override
  public int hashCode() {
    int h = 31 * name.hashCode() + java.util.Objects.hashCode(typeDisplay);
    return (h * 31 + typeSchema.hashCode()) * 31 + typeName.hashCode();
  }
  public static ColumnInfo of(Name name, String typeDisplay) {
    return new ColumnInfo(name, typeDisplay, Optional.empty(), Optional.empty());
  }
}
