package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import java.util.List;
import java.util.Optional;

/**
 * A table, view or other relation as resolution sees it. When {@code columnsKnown} is false (for
 * example a view or CREATE TABLE AS whose columns could not be derived) {@code columns} is
 * incomplete and no reference to it is ever reported as an unknown column.
 */
public record RelationInfo(Name schema, Name name, List<ColumnInfo> columns, boolean columnsKnown) {
  // equals and hashCode written out: see Reference.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof RelationInfo r && columnsKnown == r.columnsKnown && name.equals(r.name)
        && schema.equals(r.schema) && columns.equals(r.columns));
  }

  @Override
  public int hashCode() {
    return ((31 * schema.hashCode() + name.hashCode()) * 31 + columns.hashCode()) * 31 + Boolean.hashCode(columnsKnown);
  }
  public RelationInfo {
    columns = List.copyOf(columns);
  }

  /** A relation with a known, complete column list. */
  public static RelationInfo of(Name schema, Name name, List<ColumnInfo> columns) {
    return new RelationInfo(schema, name, columns, true);
  }

  /** A relation that exists but whose columns are unknown. */
  public static RelationInfo opaque(Name schema, Name name) {
    return new RelationInfo(schema, name, List.of(), false);
  }

  public Optional<ColumnInfo> column(Name column) {
    return columns.stream().filter(c -> c.name().equals(column)).findFirst();
  }

  /** {@code schema.name} as PostgreSQL would print it. */
  public String display() {
    return schema.sql() + "." + name.sql();
  }
}
