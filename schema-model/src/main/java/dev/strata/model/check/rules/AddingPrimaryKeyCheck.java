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
 * {@code ADD PRIMARY KEY} on a table that already exists, without {@code USING INDEX}.
 *
 * <p><b>Problem.</b> PostgreSQL builds the primary key's unique index (and, for nullable columns,
 * scans to set them NOT NULL) while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the
 * whole build.
 *
 * <p><b>Safe alternative.</b> Make the columns NOT NULL safely first (see {@code setting-not-null}),
 * {@code CREATE UNIQUE INDEX CONCURRENTLY idx ON t (cols)} in a migration of its own, then
 * {@code ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX idx}. Tables created earlier in
 * the same migration are not flagged.
 */
public final class AddingPrimaryKeyCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("adding-primary-key", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AddConstraint add : alter.actions(AlterAction.AddConstraint.class)) {
      TableConstraint c = add.constraint();
      if (c.kind() == TableConstraint.Kind.PRIMARY_KEY && c.usingIndex().isEmpty()) {
        ctx.report(CODE, c.range(), "adding a primary key to " + ctx.describe(table.name())
            + " builds its index under an ACCESS EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY in a migration "
            + "of its own, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX that index (its columns must already be "
            + "NOT NULL).", List.of());
      }
    }
  }
}
