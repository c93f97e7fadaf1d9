package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.List;

/**
 * {@code ADD CONSTRAINT ... UNIQUE} on a table that already exists, without {@code USING INDEX}.
 *
 * <p><b>Problem.</b> PostgreSQL builds the unique index while holding an ACCESS EXCLUSIVE lock:
 * reads and writes wait for the whole build.
 *
 * <p><b>Safe alternative.</b> {@code CREATE UNIQUE INDEX CONCURRENTLY idx ON t (cols)} in a
 * migration of its own, then {@code ALTER TABLE t ADD CONSTRAINT c UNIQUE USING INDEX idx}, which is
 * instant. Tables created earlier in the same migration are not flagged.
 */
public final class AddingUniqueConstraintCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("adding-unique-constraint", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AddConstraint add : alter.actions(AlterAction.AddConstraint.class)) {
      TableConstraint c = add.constraint();
      if (c.kind() == TableConstraint.Kind.UNIQUE && c.usingIndex().isEmpty()) {
        ctx.report(CODE, c.range(), "adding a unique constraint to " + ctx.describe(table.name())
            + " builds its index under an ACCESS EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY in a migration "
            + "of its own, then ADD CONSTRAINT ... UNIQUE USING INDEX that index.", List.of());
      }
    }
  }
}
