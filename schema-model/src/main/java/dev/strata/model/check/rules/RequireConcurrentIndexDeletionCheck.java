package dev.strata.model.check.rules;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.check.Check;
import dev.strata.model.check.CheckContext;
import dev.strata.model.check.OutsideTransaction;
import dev.strata.model.diag.DiagnosticCode;
import dev.strata.model.diag.Severity;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * {@code DROP INDEX} without {@code CONCURRENTLY} of an index on a table that already exists.
 *
 * <p><b>Problem.</b> A plain {@code DROP INDEX} takes an ACCESS EXCLUSIVE lock on the index's
 * table; while it waits for running queries, every new query on the table queues behind it.
 *
 * <p><b>Safe alternative.</b> {@code DROP INDEX CONCURRENTLY} (one index per statement, no
 * CASCADE). Like {@code CREATE INDEX CONCURRENTLY} it fails inside a transaction block (25001): give
 * it a migration of its own. The quick fix is offered only when the statement runs outside a
 * transaction. Indexes of tables created earlier in the same migration are not flagged.
 */
public final class RequireConcurrentIndexDeletionCheck implements Check {
  public static final DiagnosticCode CODE =
      DiagnosticCode.check("require-concurrent-index-deletion", Severity.WARNING);

  @Override
  public DiagnosticCode code() {
    return CODE;
  }

  @Override
  public void run(CheckContext ctx, Statement stmt) {
    if (!(stmt instanceof Statement.Drop d) || d.kind() != ObjectKind.INDEX || d.concurrently()) {
      return;
    }
    Optional<Token> index = ctx.word("index", d.range().start());
    if (index.isEmpty()) {
      return;
    }
    for (QualifiedName n : d.names()) {
      Optional<Index> idx = index(ctx.catalogBefore(), n);
      if (idx.isEmpty() || ctx.isNew(idx.get().table()) || !ctx.catalogBefore().tables().containsKey(idx.get().table())) {
        continue;
      }
      String message = "dropping index " + n.name().quotedForMessage() + " of " + ctx.describe(idx.get().table())
          + " without CONCURRENTLY locks the table against reads and writes";
      if (ctx.inTransaction()) {
        ctx.report(CODE, n.range(), message + "; this statement runs in a transaction block ("
            + ctx.migration().name() + "), where CONCURRENTLY fails with 25001",
            OutsideTransaction.howTo(ctx.migration(), "DROP INDEX CONCURRENTLY"), List.of());
      } else {
        boolean fixable = d.names().size() == 1 && !d.cascade();
        TextRange insert = new TextRange(index.get().end(), index.get().end());
        ctx.report(CODE, n.range(), message, "Use DROP INDEX CONCURRENTLY, one index per statement.",
            fixable ? List.of(ctx.fix("Add CONCURRENTLY", insert, " CONCURRENTLY")) : List.of());
      }
    }
  }

  private static Optional<Index> index(Catalog c, QualifiedName n) {
    Optional<Name> schema = n.schema().map(Ident::name);
    return c.resolve(c.indexes(), schema, n.name()).flatMap(c::index);
  }
}
