package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.Dependents;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import java.util.List;

/**
 * Dropping a column of a table that already exists.
 *
 * <p><b>Problem.</b> The data is gone, and every client still running the previous release that
 * selects, inserts or updates the column fails the moment the migration commits. The message lists
 * what in the schema still uses the column at that point (indexes, views, foreign keys), which the
 * drop removes with it or refuses over.
 *
 * <p><b>Safe alternative.</b> Stop reading and writing the column in the application and deploy
 * that first; drop the column in a later migration. Columns of tables created earlier in the same
 * migration are not flagged.
 */
public final class DroppingColumnCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("dropping-column", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.DropColumn drop : alter.actions(AlterAction.DropColumn.class)) {
      if (table.column(drop.column().name()).isEmpty()) {
        continue;
      }
      List<String> users = Dependents.ofColumn(ctx.catalogBefore(), table.name(), drop.column().name());
      ctx.report(CODE, drop.range(), "dropping column " + drop.column().name().quotedForMessage() + " of "
          + ctx.describe(table.name()) + " loses its data and breaks clients that still use it"
          + Dependents.clause(users), "Deploy code that no longer reads or writes the column first, then drop it "
          + "in a later migration.", List.of());
    }
  }
}
