package dev.strata.model.catalog;

import java.util.Objects;

/** A schema-qualified object name, the key of every schema-scoped object. */
public record QName(Name schema, Name name) implements Comparable<QName> {
  // equals and hashCode are written out: a record's generated ones are bound through
  // invokedynamic on first use and run as method-handle chains, which a fresh process (and C1)
  // paid for on every map lookup.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof QName q && name.equals(q.name) && schema.equals(q.schema));
  }

  @Override
  public int hashCode() {
    return 31 * schema.hashCode() + name.hashCode();
  }

  public static final Name PUBLIC = Name.of("public");
  public static final Name PG_CATALOG = Name.of("pg_catalog");
  /** The session's temporary schema (PostgreSQL's {@code pg_temp_N}, addressable as {@code pg_temp}). */
  public static final Name PG_TEMP = Name.of("pg_temp");

  public QName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }

  public static QName of(String schema, String name) {
    return new QName(Name.of(schema), Name.of(name));
  }

  public QName withName(Name newName) {
    return new QName(schema, newName);
  }

  public QName withSchema(Name newSchema) {
    return new QName(newSchema, name);
  }

  /** {@code schema.name} with raw values, the key format of the oracle's snapshot. */
  public String key() {
    return schema.value() + "." + name.value();
  }

  /** Both parts quoted as quote_ident would. */
  public String sql() {
    return schema.sql() + "." + name.sql();
  }

  @Override
  public int compareTo(QName o) {
    int c = schema.compareTo(o.schema);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return key();
  }
}
