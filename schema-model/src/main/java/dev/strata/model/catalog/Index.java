package dev.strata.model.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index on a table (or materialized view) in the same schema. {@code keys} are column names or
 * expression texts in key order; {@code constraint} names the constraint it backs, if any.
 */
public record Index(
    QName name,
    QName table,
    boolean unique,
    boolean primary,
    Optional<Name> constraint,
    List<Key> keys,
    List<Name> include,
    String method,
    Optional<String> predicate,
    boolean valid,
    Origin origin) {

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    keys = List.copyOf(keys);
    include = List.copyOf(include);
    Objects.requireNonNull(origin, "origin");
  }

  /** One key: a column, or an expression kept as text. */
  public record Key(Optional<Name> column, Optional<String> expression) {
    public static Key column(Name n) {
      return new Key(Optional.of(n), Optional.empty());
    }

    public static Key expression(String text) {
      return new Key(Optional.empty(), Optional.of(text));
    }

    /** How pg_get_indexdef prints this key on its own: the quoted column or the expression. */
    public String display() {
      return column.map(Name::sql).orElseGet(() -> expression.orElse(""));
    }
  }

  /** True when a key column or include column is {@code col}; expressions are checked textually. */
  public boolean uses(Name col) {
    if (include.contains(col)) {
      return true;
    }
    for (Key k : keys) {
      if (k.column().map(col::equals).orElse(false)) {
        return true;
      }
      if (k.expression().map(e -> Names.mentions(e, col)).orElse(false)) {
        return true;
      }
    }
    return predicate.map(p -> Names.mentions(p, col)).orElse(false);
  }

  public Index withName(QName n, Origin o) {
    return new Index(n, table, unique, primary, constraint, keys, include, method, predicate, valid, o);
  }

  public Index withTable(QName t) {
    return new Index(name.withSchema(t.schema()), t, unique, primary, constraint, keys, include, method, predicate,
        valid, origin);
  }

  public Index withConstraint(Optional<Name> c) {
    return new Index(name, table, unique, primary, c, keys, include, method, predicate, valid, origin);
  }

  public Index withKeys(List<Key> k, List<Name> inc) {
    return new Index(name, table, unique, primary, constraint, k, inc, method, predicate, valid, origin);
  }
}
