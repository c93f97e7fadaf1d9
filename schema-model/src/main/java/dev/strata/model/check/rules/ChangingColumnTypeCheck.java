package dev.strata.model.check.rules;

import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changing the type of a column of a table that already exists.
 *
 * <p><b>Problem.</b> {@code ALTER COLUMN ... TYPE} takes an ACCESS EXCLUSIVE lock and, unless the
 * old and new types are binary compatible, rewrites the table and rebuilds every index on it: reads
 * and writes wait for the whole rewrite. Clients that still send the old type may also break.
 *
 * <p>Changes PostgreSQL makes without a rewrite do not fire: widening {@code varchar(n)} or
 * {@code varbit(n)}, dropping the length limit, {@code varchar} to {@code text} and back to an
 * unlimited {@code varchar}, raising {@code numeric} precision at the same scale, {@code cidr} to
 * {@code inet} — all without a {@code USING} clause.
 *
 * <p><b>Safe alternative.</b> Add a new column of the new type, backfill it in batches, switch
 * readers and writers over, then drop the old column. A table created earlier in the same migration
 * is not flagged.
 */
public final class ChangingColumnTypeCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("changing-column-type", Severity.WARNING);
  private static final Set<String> TEXTUAL = Set.of("varchar", "text");

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AlterColumnType change : alter.actions(AlterAction.AlterColumnType.class)) {
      Optional<Column> col = table.column(change.column().name());
      if (col.isEmpty() || (change.using().isEmpty() && noRewrite(col.get().type(), change.type()))) {
        continue;
      }
      String from = col.get().type().format(ctx.catalogBefore()::typeVisible);
      String to = change.type().range().slice(ctx.sql());
      ctx.report(CODE, change.range(), "changing column " + change.column().name().quotedForMessage() + " of "
          + ctx.describe(table.name()) + " from " + from + " to " + to + " rewrites the table and its indexes "
          + "under an ACCESS EXCLUSIVE lock", "Add a column of the new type, backfill it in batches, move "
          + "readers and writers to it, then drop the old column.", List.of());
    }
  }

  /** True for the changes ATColumnChangeRequiresRewrite lets through: binary-compatible, typmod widened. */
  static boolean noRewrite(SqlType old, TypeName neu) {
    if (!old.isBuiltin() || !neu.builtin() || old.arrayDims() != neu.arrayDims()) {
      return false;
    }
    String a = old.typname();
    String b = neu.baseName();
    if (!a.equals(b)) {
      boolean textual = TEXTUAL.contains(a) && TEXTUAL.contains(b) && neu.modifiers().isEmpty();
      return textual || (a.equals("cidr") && b.equals("inet"));
    }
    if (neu.modifiers().isEmpty()) {
      return Set.of("varchar", "varbit", "numeric", "text").contains(a) || old.modifiers().isEmpty();
    }
    if (old.modifiers().isEmpty()) {
      return false;
    }
    if (a.equals("varchar") || a.equals("varbit")) {
      return number(neu.modifiers().get(0)) >= number(old.modifiers().get(0));
    }
    if (a.equals("numeric")) {
      String oldScale = old.modifiers().size() > 1 ? old.modifiers().get(1) : "0";
      String newScale = neu.modifiers().size() > 1 ? neu.modifiers().get(1) : "0";
      return oldScale.equals(newScale) && number(neu.modifiers().get(0)) >= number(old.modifiers().get(0));
    }
    return old.modifiers().equals(neu.modifiers());
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
