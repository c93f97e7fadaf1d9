package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Renaming a column of a table that already exists.
 *
 * <p><b>Problem.</b> The rename is instant, but every client of the previous release that still
 * uses the old name fails the moment the migration commits: there is no moment at which old and new
 * code both work.
 *
 * <p><b>Safe alternative.</b> Expand and contract: add the new column, write both, backfill, move
 * readers to the new column, then drop the old one in a later migration. A column of a table created
 * earlier in the same migration is not flagged.
 */
public final class RenamingColumnCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("renaming-column", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.AlterTable alter)) {
      return;
    }
    Optional<Table> table = ctx.tableBefore(alter.name());
    if (table.isEmpty() || ctx.isNew(table.get().name())) {
      return;
    }
    for (AlterAction.RenameColumn r : alter.actions(AlterAction.RenameColumn.class)) {
      ctx.report(CODE, r.range(), "renaming column " + r.from().name().quotedForMessage() + " of "
          + ctx.describe(table.get().name()) + " to " + r.to().name().quotedForMessage() + " breaks clients that "
          + "still use the old name", "Add the new column, write both, backfill, move readers over, then drop the "
          + "old column in a later migration.", List.of());
    }
  }
}
