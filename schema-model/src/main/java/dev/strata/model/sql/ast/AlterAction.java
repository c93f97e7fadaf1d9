package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.Optional;

/** One sub-command of ALTER TABLE. Every action knows its own range for precise diagnostics. */
public sealed interface AlterAction {
  TextRange range();

  record AddColumn(ColumnDef column, boolean ifNotExists, TextRange range) implements AlterAction {}

  record DropColumn(Ident column, boolean ifExists, boolean cascade, TextRange range) implements AlterAction {}

  record AlterColumnType(Ident column, TypeName type, Optional<Ident> collation, Optional<Expr> using, TextRange range)
      implements AlterAction {}

  record SetDefault(Ident column, Expr value, TextRange range) implements AlterAction {}

  record DropDefault(Ident column, TextRange range) implements AlterAction {}

  record SetNotNull(Ident column, TextRange range) implements AlterAction {}

  record DropNotNull(Ident column, TextRange range) implements AlterAction {}

  record AddIdentity(Ident column, ColumnDef.Identity identity, TextRange range) implements AlterAction {}

  record DropIdentity(Ident column, boolean ifExists, TextRange range) implements AlterAction {}

  /** {@code ALTER COLUMN c SET STATISTICS/STORAGE/(options)}: no schema effect we model, but the column must exist. */
  record AlterColumnOther(Ident column, String description, TextRange range) implements AlterAction {}

  record AddConstraint(TableConstraint constraint, TextRange range) implements AlterAction {}

  record DropConstraint(Ident name, boolean ifExists, boolean cascade, TextRange range) implements AlterAction {}

  record ValidateConstraint(Ident name, TextRange range) implements AlterAction {}

  record RenameColumn(Ident from, Ident to, TextRange range) implements AlterAction {}

  record RenameConstraint(Ident from, Ident to, TextRange range) implements AlterAction {}

  record RenameTable(Ident to, TextRange range) implements AlterAction {}

  record SetSchema(Ident schema, TextRange range) implements AlterAction {}

  record AttachPartition(QualifiedName partition, TextRange range) implements AlterAction {}

  record DetachPartition(QualifiedName partition, TextRange range) implements AlterAction {}

  /**
   * A sub-command with no effect on the objects we model (OWNER TO, ENABLE ROW LEVEL SECURITY,
   * SET (...), REPLICA IDENTITY, ENABLE/DISABLE TRIGGER, CLUSTER ON, SET LOGGED ...).
   */
  record Other(String description, TextRange range) implements AlterAction {}
}
