package dev.strata.model.check.rules;

import dev.strata.model.catalog.Table;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.OutsideTransaction;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Fix;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE INDEX} without {@code CONCURRENTLY} on a table that already exists.
 *
 * <p><b>Problem.</b> A plain index build holds a SHARE lock: every INSERT, UPDATE and DELETE on the
 * table waits until the whole index is built.
 *
 * <p><b>Safe alternative.</b> {@code CREATE INDEX CONCURRENTLY} builds without blocking writes. It
 * cannot run inside a transaction block (SQLSTATE 25001), so the statement must be alone in a
 * migration that its tool runs outside a transaction; when this statement runs in a transaction
 * the message says so and no quick fix is offered, because adding the keyword would make the
 * migration fail. The help then says how the tool runs a file outside a transaction: a Prisma
 * migration.sql with a single statement (one with more is sent as one query, an implicit
 * transaction), a Flyway script of only such statements, goose's {@code NO TRANSACTION}
 * annotation, dbmate's {@code transaction:false}, diesel's {@code run_in_transaction = false}. An index on a table created earlier in the same migration is not flagged.
 */
public final class RequireConcurrentIndexCreationCheck implements Check {
  public static final DiagnosticCode CODE =
      DiagnosticCode.check("require-concurrent-index-creation", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.CreateIndex ci) || ci.concurrently()) {
      return;
    }
    Optional<Table> table = ctx.tableBefore(ci.table());
    Optional<Token> index = ctx.word("index", ci.range().start());
    if (table.isEmpty() || ctx.isNew(table.get().name()) || index.isEmpty()) {
      return;
    }
    String name = ci.name().map(n -> "index " + n.name().quotedForMessage()).orElse("an index");
    String message = "creating " + name + " on " + ctx.describe(table.get().name()) + " without CONCURRENTLY "
        + "blocks writes to the table until the index is built";
    TextRange at = new TextRange(ci.range().start(), index.get().end());
    if (ctx.inTransaction()) {
      ctx.report(CODE, at, message + "; this statement runs in a transaction block (" + ctx.migration().name()
          + "), where CONCURRENTLY fails with 25001; it is actionable once the index gets a migration of its own",
          OutsideTransaction.howTo(ctx.migration(), "CREATE INDEX CONCURRENTLY"), List.of());
    } else {
      Fix fix = ctx.fix("Add CONCURRENTLY", new TextRange(index.get().end(), index.get().end()), " CONCURRENTLY");
      ctx.report(CODE, at, message, "Use CREATE INDEX CONCURRENTLY; it builds without blocking writes.",
          List.of(fix));
    }
  }
}
