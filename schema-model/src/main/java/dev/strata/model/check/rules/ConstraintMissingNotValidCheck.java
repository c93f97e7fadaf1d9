package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TableConstraint;
import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * Adding a {@code FOREIGN KEY} or {@code CHECK} constraint to a table that already exists without
 * {@code NOT VALID}.
 *
 * <p><b>Problem.</b> PostgreSQL checks every existing row while holding a lock that blocks writes
 * (SHARE ROW EXCLUSIVE on both tables of a foreign key, ACCESS EXCLUSIVE for a CHECK) for the whole
 * scan.
 *
 * <p><b>Safe alternative.</b> Add the constraint {@code NOT VALID} (instant; new rows are checked
 * from then on), then {@code ALTER TABLE ... VALIDATE CONSTRAINT} in a later migration, which scans
 * without blocking writes. The quick fix appends {@code NOT VALID}. Tables created earlier in the
 * same migration are empty and not flagged.
 */
public final class ConstraintMissingNotValidCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("constraint-missing-not-valid", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AddConstraint add : alter.actions(AlterAction.AddConstraint.class)) {
      TableConstraint c = add.constraint();
      boolean fk = c.kind() == TableConstraint.Kind.FOREIGN_KEY;
      if ((!fk && c.kind() != TableConstraint.Kind.CHECK) || c.notValid()) {
        continue;
      }
      String what = (fk ? "foreign key " : "check constraint ") + c.name().map(n -> n.name().quotedForMessage() + " ")
          .orElse("");
      ctx.report(CODE, c.range(), "adding " + what + "to " + ctx.describe(table.name()) + " without NOT VALID "
          + "checks every existing row while blocking writes", "Add it NOT VALID, then VALIDATE CONSTRAINT in a "
          + "later migration; validation does not block writes.",
          List.of(ctx.fix("Add NOT VALID", new TextRange(c.range().end(), c.range().end()), " NOT VALID")));
    }
  }
}
