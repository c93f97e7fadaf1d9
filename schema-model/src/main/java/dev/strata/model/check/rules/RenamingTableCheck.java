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
 * Renaming a table that already exists.
 *
 * <p><b>Problem.</b> The rename is instant, but every client of the previous release that still
 * uses the old name fails the moment the migration commits. Views and foreign keys follow the rename;
 * application queries do not.
 *
 * <p><b>Safe alternative.</b> Create the new table (or rename and leave a view with the old name for
 * the transition), move clients over, and remove the old name in a later migration. A table created
 * earlier in the same migration is not flagged.
 */
public final class RenamingTableCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("renaming-table", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.RenameTable r : alter.actions(AlterAction.RenameTable.class)) {
      List<String> users = Dependents.ofTable(ctx.catalogBefore(), table.name());
      ctx.report(CODE, r.range(), "renaming " + ctx.describe(table.name()) + " to "
          + r.to().name().quotedForMessage() + " breaks clients that still use the old name"
          + Dependents.clause(users).replace("still used by", "referenced by"), "Leave a view with the old name "
          + "during the transition, or create the new table and move clients over before removing the old one.",
          List.of());
    }
  }
}
