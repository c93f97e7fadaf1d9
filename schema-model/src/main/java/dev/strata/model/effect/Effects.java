package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Origin;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.Statement.AlterTable;
import dev.strata.model.sql.ast.Statement.CreateIndex;
import dev.strata.model.sql.ast.Statement.CreateTable;
import dev.strata.model.sql.ast.Statement.CreateTableAs;
import dev.strata.model.sql.ast.Statement.Drop;
import java.util.List;

/**
 * Applies one statement to a catalog with PostgreSQL 15's semantics. One dispatch over statement
 * kinds; each kind's rules live in the class of its object kind.
 */
public final class Effects {
  private Effects() {}

  /**
   * The catalog after {@code stmt}, the problems PostgreSQL would report and the object events.
   * Atomic: when the statement fails, {@code after} is {@code before}. Never throws on user SQL.
   */
  public static Applied apply(Catalog before, Statement stmt, ApplyContext ctx) {
    Tx tx = new Tx(before, ctx, new Origin(ctx.file(), stmt.range(), ctx.migration()));
    dispatch(tx, stmt);
    if (tx.failed()) {
      return new Applied(before, tx.problems(), List.of());
    }
    return new Applied(tx.cat, tx.problems(), tx.events());
  }

  private static void dispatch(Tx tx, Statement stmt) {
    if (stmt instanceof CreateTable s) {
      TableEffects.create(tx, s);
    } else if (stmt instanceof CreateTableAs s) {
      TableEffects.createAs(tx, s);
    } else if (stmt instanceof AlterTable s) {
      AlterTableEffects.apply(tx, s);
    } else if (stmt instanceof CreateIndex s) {
      IndexEffects.create(tx, s);
    } else if (stmt instanceof Drop s) {
      DropEffects.drop(tx, s);
    } else if (!TypeEffects.handles(tx, stmt) && !ObjectEffects.handles(tx, stmt) && !RenameEffects.handles(tx, stmt)) {
      other(tx, stmt);
    }
  }

  private static void other(Tx tx, Statement stmt) {
    if (stmt instanceof Statement.DoBlock) {
      // The analysis runs DO bodies statement by statement (DoBlockRunner), with their guards and
      // handlers; applied on its own, a DO block has no effect we can know.
      return;
    } else if (stmt instanceof Statement.Unsupported s) {
      tx.note(CatalogProblems.unsupported(tx.ctx, s.range(), s.kind()));
    } else if (stmt instanceof Statement.Transaction s && s.kind() == Statement.TransactionKind.COMMIT) {
      tx.cat = tx.cat.commitTransaction();
    } else if (stmt instanceof Statement.NoEffect s && s.target().isPresent()) {
      var target = s.target().get();
      var schema = target.schema().map(i -> i.name());
      if (tx.cat.resolveRelation(schema, target.name()).isEmpty()
          && dev.strata.model.catalog.SystemRelations.resolve(schema, target.name()).isEmpty()) {
        tx.fail(tx.unknownTable(target));
      }
    }
  }
}
