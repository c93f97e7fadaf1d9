package dev.strata.model.diag;

/** Where a diagnostic comes from. */
public enum Category {
  /** The text could not be read as SQL, or a statement is not one we model. */
  SYNTAX,
  /** The statement contradicts the schema as it stands at that point: PostgreSQL would reject it. */
  CATALOG,
  /** Migration discovery and ordering. */
  MIGRATION,
  /** A lint rule: legal SQL that is risky or unusual. */
  CHECK;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
