package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * Renaming a column of a table that already exists.
 *
 * <p><b>Problem.</b> The rename is instant, but every client of the previous release that still
 * uses the old name fails the moment the migration commits: there is no moment at which old and new
 * code both work.
 *
 * <p>A column added earlier in the same migration is not flagged: no client knows its name yet.
 *
 * <p><b>Safe alternative.</b> Expand and contract: add the new column, write both, backfill, move
 * readers to the new column, then drop the old one in a later migration. A column of a table created
 * earlier in the same migration is not flagged.
 */
public final class RenamingColumnCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("renaming-column", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.RenameColumn r : alter.actions(AlterAction.RenameColumn.class)) {
      if (addedEarlier(ctx, table, r.from())) {
        continue;
      }
      ctx.report(CODE, r.range(), "renaming column " + r.from().name().quotedForMessage() + " of "
          + ctx.describe(table.name()) + " to " + r.to().name().quotedForMessage() + " breaks clients that "
          + "still use the old name", "Add the new column, write both, backfill, move readers over, then drop the "
          + "old column in a later migration.", List.of());
    }
  }

  /**
   * Whether {@code column} was added to {@code table} earlier in this migration: then no client knows
   * the old name (the temporary column of a swap such as add {@code role_temp}, copy, drop {@code
   * role}, rename {@code role_temp} to {@code role}).
   */
  private static boolean addedEarlier(CheckContext ctx, Table table, Ident column) {
    for (ParsedStatement ps : ctx.earlierStatements()) {
      if (ps.statement() instanceof Statement.AlterTable a
          && ctx.tableBefore(a.name()).map(t -> t.name().equals(table.name())).orElse(false)
          && a.actions(AlterAction.AddColumn.class).stream()
              .anyMatch(add -> add.column().name().name().equals(column.name()))) {
        return true;
      }
    }
    return false;
  }
}
