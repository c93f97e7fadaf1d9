package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.ExistingTableCheck;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Expr;
import dev.strata.model.sql.ast.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Adding a column whose value must be computed per row to a table that already exists.
 *
 * <p><b>Problem.</b> Since PostgreSQL 11, {@code ADD COLUMN ... DEFAULT} with a non-volatile
 * default ({@code 0}, {@code 'x'}, {@code now()}) only records the value in the catalog. A volatile
 * default ({@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()},
 * {@code nextval(...)}), a serial or identity column, or a stored generated column makes PostgreSQL
 * rewrite the whole table and its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes
 * for as long as the rewrite takes. Before PostgreSQL 11 every non-null default rewrites.
 *
 * <p><b>Safe alternative.</b> Add the column without the default, then {@code ALTER COLUMN ... SET
 * DEFAULT} (new rows only), and backfill existing rows in batches. The rule does not fire on a table
 * created earlier in the same migration.
 */
public final class AddColumnVolatileDefaultCheck extends ExistingTableCheck {
  public static final DiagnosticCode CODE = DiagnosticCode.check("add-column-volatile-default", Severity.WARNING);
  private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
      "uuid_generate_v1mc", "uuid_generate_v4", "uuid_generate_v7", "clock_timestamp", "timeofday", "nextval",
      "txid_current", "random_normal", "setseed");
  private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4",
      "serial8");

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  protected void run(CheckContext ctx, Statement.AlterTable alter, Table table) {
    for (AlterAction.AddColumn add : alter.actions(AlterAction.AddColumn.class)) {
      ColumnDef c = add.column();
      String why = rewriteReason(ctx, c);
      if (why != null && table.column(c.name().name()).isEmpty()) {
        ctx.report(CODE, c.range(), "adding column " + c.name().name().quotedForMessage() + " to "
            + ctx.describe(table.name()) + " with " + why + " rewrites the whole table under an ACCESS "
            + "EXCLUSIVE lock", "Add the column without a default, SET DEFAULT in a separate statement so only new "
            + "rows get it, and backfill existing rows in batches.", List.of());
      }
    }
  }

  /** Why the column needs a per-row value, or null when PostgreSQL can add it without a rewrite. */
  private static String rewriteReason(CheckContext ctx, ColumnDef c) {
    if (c.identity().isPresent()) {
      return "an identity";
    }
    if (c.generatedStored().isPresent()) {
      return "a stored generated value";
    }
    if (SERIALS.contains(c.type().baseName())) {
      return "a " + c.type().baseName() + " type (a nextval() default)";
    }
    if (c.defaultValue().isEmpty()) {
      return null;
    }
    Expr d = c.defaultValue().get();
    Optional<String> fn = volatileCall(d);
    if (fn.isPresent()) {
      return "volatile default " + fn.get() + "()";
    }
    boolean isNull = d.tokens().size() == 1 && d.tokens().get(0).isWord("null");
    return ctx.postgresVersion() < 11 && !isNull ? "a default (PostgreSQL " + ctx.postgresVersion()
        + " has no fast defaults)" : null;
  }

  private static Optional<String> volatileCall(Expr e) {
    List<Token> ts = e.tokens();
    for (int i = 0; i + 1 < ts.size(); i++) {
      Token t = ts.get(i);
      if (t.is(TokenKind.WORD) && ts.get(i + 1).is(TokenKind.LPAREN)
          && VOLATILE.contains(t.text().toLowerCase(Locale.ROOT))) {
        return Optional.of(t.text().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}
