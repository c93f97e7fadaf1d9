package dev.strata.model.check.rules;

import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ALTER COLUMN ... SET NOT NULL} on a column of a table that already exists.
 *
 * <p><b>Problem.</b> PostgreSQL scans the whole table to prove there is no NULL while holding an
 * ACCESS EXCLUSIVE lock: every read and write waits for the scan. It skips the scan (PostgreSQL 12+)
 * only when a validated {@code CHECK (col IS NOT NULL)} already proves it.
 *
 * <p><b>Safe alternative.</b> In one migration {@code ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT
 * VALID}; in the next {@code VALIDATE CONSTRAINT c} (which does not block writes); then {@code SET
 * NOT NULL} (instant) and {@code DROP CONSTRAINT c}. The rule stays silent when such a validated
 * check exists at that point, and on tables created earlier in the same migration.
 */
public final class SettingNotNullCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("setting-not-null", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.SetNotNull set : alter.actions(AlterAction.SetNotNull.class)) {
      Optional<Column> col = table.column(set.column().name());
      if (col.isEmpty() || col.get().notNull() || (ctx.postgresVersion() >= 12 && proven(table, col.get().name()))) {
        continue;
      }
      String c = col.get().name().sql();
      ctx.report(CODE, set.range(), "setting column " + col.get().name().quotedForMessage() + " of "
          + ctx.describe(table.name()) + " NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
          "First ADD CONSTRAINT ... CHECK (" + c + " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later "
              + "migration, then SET NOT NULL (no scan) and drop the check.", List.of());
    }
  }

  /** True when a validated CHECK constraint says exactly {@code col IS NOT NULL}. */
  static boolean proven(Table t, Name col) {
    for (Constraint k : t.constraints()) {
      if (k.kind() == Constraint.Kind.CHECK && k.validated() && k.expression().isPresent()
          && normalize(k.expression().get()).equals(normalize(col.value()) + " is not null")) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String expr) {
    return expr.replace("(", " ").replace(")", " ").replace("\"", " ").trim().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
