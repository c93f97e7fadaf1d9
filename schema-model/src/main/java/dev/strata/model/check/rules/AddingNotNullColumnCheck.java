package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TableConstraint;
import java.util.List;
import java.util.Set;

/**
 * Adding a {@code NOT NULL} column without a {@code DEFAULT} to a table that already exists.
 *
 * <p><b>Problem.</b> PostgreSQL fills the new column with NULL for every existing row, so the
 * statement fails with SQLSTATE 23502 (not_null_violation) as soon as the table has a row: the
 * migration passes on an empty development database and fails at deploy.
 *
 * <p><b>Safe alternative.</b> Give the column a constant {@code DEFAULT} (PostgreSQL 11+ stores it
 * without rewriting the table), or add it nullable, backfill it in batches, and set NOT NULL later
 * behind a validated {@code CHECK (col IS NOT NULL)}. A table created earlier in the same migration
 * is empty, so the rule does not fire there.
 */
public final class AddingNotNullColumnCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("adding-not-null-column", Severity.WARNING);
  private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial", "serial4", "serial8",
      "serial2");

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AddColumn add : alter.actions(AlterAction.AddColumn.class)) {
      ColumnDef c = add.column();
      if (requiresValue(c) && table.column(c.name().name()).isEmpty()) {
        ctx.report(CODE, c.range(), "column " + c.name().name().quotedForMessage() + " is added NOT NULL without a "
            + "default to " + ctx.describe(table.name()) + ": the migration fails with 23502 if the table has "
            + "any row", "Add a constant DEFAULT, or add the column nullable, backfill it, and set NOT NULL "
            + "afterwards behind a validated CHECK (" + c.name().name().sql() + " IS NOT NULL).", List.of());
      }
    }
  }

  private static boolean requiresValue(ColumnDef c) {
    boolean notNull = c.notNull() || c.constraints().stream().anyMatch(k -> k.kind() == TableConstraint.Kind.PRIMARY_KEY);
    return notNull && c.defaultValue().isEmpty() && c.identity().isEmpty() && c.generatedStored().isEmpty()
        && !SERIALS.contains(c.type().baseName());
  }
}
