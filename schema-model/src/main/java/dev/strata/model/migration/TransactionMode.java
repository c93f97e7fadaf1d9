package dev.strata.model.migration;

/**
 * How a tool runs one migration file, which decides what "in a transaction" means for 55P04
 * (enum value used before commit) and 25001 (CONCURRENTLY inside a transaction).
 */
public enum TransactionMode {
  /**
   * The whole file is sent as one simple-query message (Prisma up to 6, golang-migrate): one
   * implicit transaction when it holds more than one statement, none when it holds exactly one;
   * explicit BEGIN/COMMIT in the file take over.
   */
  IMPLICIT_SINGLE_QUERY,
  /** The tool wraps the file in BEGIN/COMMIT (Flyway by default, goose, dbmate, diesel). */
  WRAPPED,
  /** Each statement runs on its own in autocommit (goose NO TRANSACTION, dbmate transaction:false). */
  NONE
}
