package dev.strata.model.catalog;

import java.util.List;
import java.util.Set;

/**
 * A view or materialized view. {@code columns} are the names given explicitly (empty when the
 * query decides them); {@code dependsOn} are the relations the query names, found textually.
 */
public record View(QName name, boolean materialized, List<Name> columns, Set<QName> dependsOn, String definition,
    Origin origin) {
  public View {
    columns = List.copyOf(columns);
    dependsOn = Set.copyOf(dependsOn);
  }

  public View withName(QName n, Origin o) {
    return new View(n, materialized, columns, dependsOn, definition, o);
  }
}
