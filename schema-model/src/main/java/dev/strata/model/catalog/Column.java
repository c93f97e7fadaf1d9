package dev.strata.model.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column. {@code defaultExpr} and {@code generated} hold the expression as PostgreSQL's
 * pg_get_expr prints it; {@code identity} is {@code 'a'} (ALWAYS) or {@code 'd'} (BY DEFAULT).
 * A column's position is its index in {@link Table#columns()}.
 */
public record Column(
    Name name,
    SqlType type,
    boolean notNull,
    Optional<String> defaultExpr,
    Optional<Character> identity,
    Optional<String> generated,
    Optional<Name> collation,
    Origin origin) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(origin, "origin");
  }

  public static Column of(Name name, SqlType type, Origin origin) {
    return new Column(name, type, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), origin);
  }

  public Column withName(Name n, Origin o) {
    return new Column(n, type, notNull, defaultExpr, identity, generated, collation, o);
  }

  public Column withType(SqlType t, Origin o) {
    return new Column(name, t, notNull, defaultExpr, identity, generated, collation, o);
  }

  public Column withNotNull(boolean nn, Origin o) {
    return new Column(name, type, nn, defaultExpr, identity, generated, collation, o);
  }

  public Column withDefault(Optional<String> d, Origin o) {
    return new Column(name, type, notNull, d, identity, generated, collation, o);
  }

  public Column withIdentity(Optional<Character> id, Origin o) {
    return new Column(name, type, notNull, defaultExpr, id, generated, collation, o);
  }

  public Column withCollation(Optional<Name> c, Origin o) {
    return new Column(name, type, notNull, defaultExpr, identity, generated, c, o);
  }

  public Column withGenerated(Optional<String> g, Origin o) {
    return new Column(name, type, notNull, defaultExpr, identity, g, collation, o);
  }
}
