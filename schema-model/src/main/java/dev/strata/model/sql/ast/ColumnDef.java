package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A column definition in CREATE TABLE, ALTER TABLE ADD COLUMN or CREATE TYPE AS (...). Inline
 * PRIMARY KEY, UNIQUE, CHECK and REFERENCES clauses become {@link TableConstraint}s with
 * {@code inline = true}; NOT NULL, NULL, DEFAULT, identity and generated columns are fields.
 */
public record ColumnDef(
    Ident name,
    TypeName type,
    boolean notNull,
    Optional<Expr> defaultValue,
    Optional<Identity> identity,
    Optional<Expr> generatedStored,
    Optional<Ident> collation,
    List<TableConstraint> constraints,
    TextRange range) {

  public ColumnDef {
    constraints = List.copyOf(constraints);
  }

  /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY [(sequence options)]}. */
  public record Identity(boolean always, SequenceOptions options) {}
}
