package dev.strata.model.check;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Table;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.ColumnDef;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place where a statement gives a column a type: CREATE TABLE columns, ADD COLUMN and ALTER COLUMN
 * TYPE. {@code where} phrases the table for messages ({@code new table "users" (created here)}).
 * Type-preference rules iterate these so they cover every way a type enters the schema.
 */
public record ColumnSite(Ident column, TypeName type, Optional<ColumnDef> definition, String where) {

  public static List<ColumnSite> of(CheckContext ctx, Statement stmt) {
    List<ColumnSite> out = new ArrayList<>();
    if (stmt instanceof Statement.CreateTable ct) {
      String where = "new table " + ct.name().name().quotedForMessage() + " (created here)";
      for (ColumnDef c : ct.columns()) {
        out.add(new ColumnSite(c.name(), c.type(), Optional.of(c), where));
      }
    } else if (stmt instanceof Statement.AlterTable at) {
      String where = ctx.tableBefore(at.name()).map(Table::name).map(ctx::describe)
          .orElse("table " + at.name().name().quotedForMessage());
      for (AlterAction a : at.actions()) {
        if (a instanceof AlterAction.AddColumn ac) {
          out.add(new ColumnSite(ac.column().name(), ac.column().type(), Optional.of(ac.column()), where));
        } else if (a instanceof AlterAction.AlterColumnType t) {
          out.add(new ColumnSite(t.column(), t.type(), Optional.empty(), where));
        }
      }
    }
    return out;
  }

  /** The column for messages: {@code column "email" of existing table "users"}. */
  public String label() {
    return "column " + column.name().quotedForMessage() + " of " + where;
  }
}
