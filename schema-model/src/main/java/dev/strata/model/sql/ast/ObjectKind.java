package dev.strata.model.sql.ast;

/** The kinds of named objects statements create, alter, rename, drop or comment on. */
public enum ObjectKind {
  TABLE,
  VIEW,
  MATERIALIZED_VIEW,
  INDEX,
  SEQUENCE,
  TYPE,
  DOMAIN,
  SCHEMA,
  EXTENSION,
  FUNCTION,
  PROCEDURE,
  AGGREGATE,
  TRIGGER,
  POLICY,
  RULE,
  COLUMN,
  CONSTRAINT,
  OTHER;

  /** The SQL words for the kind, e.g. {@code MATERIALIZED VIEW}. */
  public String sql() {
    return name().replace('_', ' ');
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
