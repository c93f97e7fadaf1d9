package dev.strata.model.sql.ast;

/** What {@code ON COMMIT} does to a temporary table at the end of each transaction. */
public enum OnCommit {
  /** {@code ON COMMIT PRESERVE ROWS}, the default: nothing. */
  PRESERVE_ROWS,
  /** {@code ON COMMIT DELETE ROWS}: the table is truncated; the schema does not change. */
  DELETE_ROWS,
  /** {@code ON COMMIT DROP}: the table is dropped. */
  DROP
}
