package dev.strata.model.check;

import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.Statement;
import java.util.Optional;

/**
 * A rule about ALTER TABLE on a table that already held rows before this migration: the statement
 * is handed over with the table as it stood before it. ALTER TABLE on a table created earlier in
 * the same migration (or on one that does not exist) never reaches the rule, so no rule can forget
 * the history-aware "new table" exemption.
 */
public abstract class ExistingTableCheck implements Check {

  @Override
  public final void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.AlterTable alter)) {
      return;
    }
    Optional<Table> table = ctx.tableBefore(alter.name());
    if (table.isPresent() && !ctx.isNew(table.get().name())) {
      run(ctx, alter, table.get());
    }
  }

  /** Called for ALTER TABLE of {@code table}, an existing table, as it stood before {@code alter}. */
  protected abstract void run(CheckContext ctx, Statement.AlterTable alter, Table table);
}
