package dev.strata.model.sql.ast;

import java.util.List;

/** {@code REFERENCES table [(columns)] [MATCH ...] [ON DELETE ...] [ON UPDATE ...]}. */
public record ForeignKeyRef(
    QualifiedName table, List<Ident> columns, FkAction onDelete, FkAction onUpdate, String match) {
  public ForeignKeyRef {
    columns = List.copyOf(columns);
  }

  /** Referential actions with PostgreSQL's one-letter codes (pg_constraint.confdeltype). */
  public enum FkAction {
    NO_ACTION("a"),
    RESTRICT("r"),
    CASCADE("c"),
    SET_NULL("n"),
    SET_DEFAULT("d");

    public final String code;

    FkAction(String code) {
      this.code = code;
    }

    public String sql() {
      return name().replace('_', ' ');
    }
  }
}
