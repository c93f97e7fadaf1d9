package dev.strata.model.catalog;

import java.util.List;

/** A composite type (CREATE TYPE name AS (...)): a relation in the schema's namespace too. */
public record CompositeType(QName name, List<Column> attributes, Origin origin) {
  public CompositeType {
    attributes = List.copyOf(attributes);
  }

  public CompositeType withName(QName n, Origin o) {
    return new CompositeType(n, attributes, o);
  }
}
