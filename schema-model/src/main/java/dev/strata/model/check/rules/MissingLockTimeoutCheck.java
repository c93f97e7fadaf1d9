package dev.strata.model.check.rules;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A migration takes a table lock on an existing table without setting {@code lock_timeout} first.
 * Opt-in: enable it in the configuration.
 *
 * <p><b>Problem.</b> {@code ALTER TABLE}, {@code CREATE INDEX} and {@code DROP} queue for their
 * lock behind any long-running query, and every later query on the table queues behind them: a
 * migration that should take milliseconds can stall all traffic to the table.
 *
 * <p><b>Safe alternative.</b> Start the migration with {@code SET lock_timeout = '5s'} (and retry
 * on failure), so the migration gives up instead of blocking everyone. Reported once per migration,
 * at the first such statement; statements on tables created earlier in the migration do not count.
 */
public final class MissingLockTimeoutCheck implements Check {
  public static final DiagnosticCode CODE = DiagnosticCode.check("missing-lock-timeout", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public boolean enabledByDefault() {
    return false;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (ctx.reportedInMigration(CODE) || setsLockTimeout(ctx.earlierStatements())) {
      return;
    }
    Optional<QName> table = lockedTable(ctx.catalogBefore(), stmt);
    if (table.isEmpty() || ctx.isNew(table.get())) {
      return;
    }
    TextRange at = new TextRange(stmt.range().start(), ctx.tokens().get(Math.min(1, ctx.tokens().size() - 1)).end());
    ctx.report(CODE, at, "this statement locks " + ctx.describe(table.get()) + " and " + ctx.migration().name()
        + " sets no lock_timeout: while it waits for its lock, every query on the table waits behind it",
        "Set lock_timeout at the start of the migration and retry the deploy if it times out.",
        List.of(ctx.fix("Set lock_timeout before this statement", new TextRange(stmt.range().start(),
            stmt.range().start()), "SET lock_timeout = '5s';\n")));
  }

  private static boolean setsLockTimeout(List<ParsedStatement> earlier) {
    return earlier.stream().map(ParsedStatement::statement).anyMatch(s -> s instanceof Statement.SetVariable v
        && v.variable().equalsIgnoreCase("lock_timeout") && !v.reset());
  }

  private static Optional<QName> lockedTable(Catalog c, Statement stmt) {
    if (stmt instanceof Statement.AlterTable a) {
      return c.resolve(c.tables(), a.name().schema().map(Ident::name), a.name().name());
    }
    if (stmt instanceof Statement.CreateIndex ci && !ci.concurrently()) {
      return c.resolve(c.tables(), ci.table().schema().map(Ident::name), ci.table().name());
    }
    if (stmt instanceof Statement.Drop d && !d.concurrently() && !d.names().isEmpty()) {
      var n = d.names().get(0);
      var schema = n.schema().map(Ident::name);
      if (d.kind() == ObjectKind.TABLE) {
        return c.resolve(c.tables(), schema, n.name());
      }
      if (d.kind() == ObjectKind.INDEX) {
        return c.resolve(c.indexes(), schema, n.name()).flatMap(c::index).map(Index::table)
            .filter(t -> c.table(t).map(Table::name).isPresent());
      }
    }
    return Optional.empty();
  }
}
