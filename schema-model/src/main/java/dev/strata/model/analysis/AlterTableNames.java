package dev.strata.model.analysis;

import dev.strata.model.catalog.QName;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.Statement;
import java.util.Optional;

/** The names of one ALTER TABLE: the table, then each sub-command's columns and constraints. */
final class AlterTableNames {
  private AlterTableNames() {}

  static void find(StatementNames n, Statement.AlterTable at) {
    SymbolRef table = NameResolution.table(n.before, at.name());
    n.schemaPart(at.name());
    n.out.add(Found.ref(table, at.name().last().range()));
    QName t = table.object();
    for (AlterAction a : at.actions()) {
      action(n, t, a);
    }
  }

  private static void action(StatementNames n, QName t, AlterAction a) {
    Optional<Ident> column = columnOf(a);
    if (column.isPresent()) {
      n.column(t, column.get(), false);
      if (a instanceof AlterAction.AlterColumnType act) {
        n.type(act.type(), true);
      }
    } else if (a instanceof AlterAction.AddColumn add) {
      n.columnDef(t, add.column());
    } else if (a instanceof AlterAction.AddConstraint add) {
      n.constraint(t, add.constraint());
    } else if (a instanceof AlterAction.DropConstraint d) {
      n.out.add(Found.ref(SymbolRef.member(SymbolKind.CONSTRAINT, t, d.name().name()), d.name().range()));
    } else if (a instanceof AlterAction.ValidateConstraint v) {
      n.out.add(Found.ref(SymbolRef.member(SymbolKind.CONSTRAINT, t, v.name().name()), v.name().range()));
    } else if (a instanceof AlterAction.RenameColumn r) {
      n.column(t, r.from(), false);
      n.out.add(Found.def(SymbolRef.member(SymbolKind.COLUMN, t, r.to().name()), r.to().range()));
    } else if (a instanceof AlterAction.RenameConstraint r) {
      n.out.add(Found.ref(SymbolRef.member(SymbolKind.CONSTRAINT, t, r.from().name()), r.from().range()));
      n.out.add(Found.def(SymbolRef.member(SymbolKind.CONSTRAINT, t, r.to().name()), r.to().range()));
    } else if (a instanceof AlterAction.RenameTable r) {
      n.out.add(Found.def(SymbolRef.of(SymbolKind.TABLE, t.withName(r.to().name())), r.to().range()));
    } else if (a instanceof AlterAction.SetSchema s) {
      n.out.add(Found.ref(SymbolRef.schema(s.schema().name()), s.schema().range()));
    } else if (a instanceof AlterAction.AttachPartition p) {
      n.relation(p.partition());
    } else if (a instanceof AlterAction.DetachPartition p) {
      n.relation(p.partition());
    }
  }

  /** The existing column a column sub-command acts on. */
  private static Optional<Ident> columnOf(AlterAction a) {
    if (a instanceof AlterAction.DropColumn x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.AlterColumnType x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.SetDefault x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.DropDefault x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.SetNotNull x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.DropNotNull x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.AddIdentity x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.DropIdentity x) {
      return Optional.of(x.column());
    } else if (a instanceof AlterAction.AlterColumnOther x) {
      return Optional.of(x.column());
    }
    return Optional.empty();
  }
}
