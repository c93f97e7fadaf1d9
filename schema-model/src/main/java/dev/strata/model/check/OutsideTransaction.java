package dev.strata.model.check;

import dev.strata.model.migration.Migration;
import dev.strata.model.migration.Tool;

/**
 * How a migration's tool lets a statement run outside a transaction block, for the help of rules
 * whose safe form ({@code CONCURRENTLY}) fails inside one with 25001. A file of its own is not
 * always enough: goose, dbmate and diesel wrap every file unless told not to.
 */
public final class OutsideTransaction {
  private OutsideTransaction() {}

  /** One sentence naming what to do for {@code migration}'s tool, ending with a period. */
  public static String howTo(Migration migration, String statement) {
    Tool tool = migration.tool();
    String base = "Move " + statement + " into a migration of its own";
    if (tool == Tool.PRISMA) {
      return base + ": Prisma runs a migration.sql holding a single statement outside a transaction.";
    }
    if (tool == Tool.FLYWAY) {
      return base + ": Flyway runs a script whose statements all need it (CONCURRENTLY) outside a transaction"
          + " (or set executeInTransaction=false for it).";
    }
    if (tool == Tool.GOOSE) {
      return base + " and mark that file `-- +goose NO TRANSACTION`; goose wraps every other file in a transaction.";
    }
    if (tool == Tool.DBMATE) {
      return base + " and write its header as `-- migrate:up transaction:false`; dbmate wraps every other file.";
    }
    if (tool == Tool.DIESEL) {
      return base + " and set `run_in_transaction = false` in its metadata.toml; diesel wraps every other one.";
    }
    return base + ", as the only statement of the file, so the tool sends it outside a transaction.";
  }
}
