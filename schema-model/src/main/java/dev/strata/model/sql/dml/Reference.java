package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;
import java.util.Objects;

/**
 * One name in a statement that denotes a relation or a column, with the exact range of that name
 * (for {@code os."customer_id"} the column reference covers {@code "customer_id"} and a separate
 * {@link Kind#QUALIFIER} reference covers {@code os}) and what it resolved to.
 */
public record Reference(Kind kind, TextRange range, Name name, Target target) {
  // equals and hashCode are written out (here and in the targets): a record's generated ones are
  // bound through invokedynamic on first use, a cost a fresh process paid for every record type.
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Reference r && kind == r.kind && range.equals(r.range)
        && Objects.equals(name, r.name) && Objects.equals(target, r.target));
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + range.hashCode()) * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(target);
  }

  /** What kind of name this is. */
  public enum Kind {
    /** A relation named in FROM, USING, JOIN or as the target of INSERT/UPDATE/DELETE. */
    TABLE,
    /** A column, written qualified or not. */
    COLUMN,
    /** The {@code os} in {@code os.col}: a table name or alias used as a column qualifier. */
    QUALIFIER
  }

  /** What a name resolved to. */
  public sealed interface Target permits CatalogRelation, CatalogColumn, LocalRelation, LocalColumn, Unresolved {}

  /** A relation of the schema. */
  public record CatalogRelation(RelationInfo relation) implements Target {
    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof CatalogRelation r && Objects.equals(relation, r.relation));
    }

    @Override
    public int hashCode() {
      return Objects.hashCode(relation);
    }
  }

  /** A column of a relation of the schema (including system columns such as {@code ctid}). */
  public record CatalogColumn(RelationInfo relation, ColumnInfo column) implements Target {
    @Override
    public boolean equals(Object o) {
      return o == this
          || (o instanceof CatalogColumn c && Objects.equals(column, c.column) && Objects.equals(relation, c.relation));
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(relation) + Objects.hashCode(column);
    }
  }

  /** A relation defined by the statement itself: a CTE, a subquery or function in FROM. */
  public record LocalRelation(Name name, TextRange definition) implements Target {
    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof LocalRelation r && Objects.equals(name, r.name)
          && Objects.equals(definition, r.definition));
    }

    @Override
    public int hashCode() {
      return 31 * Objects.hashCode(name) + Objects.hashCode(definition);
    }
  }

  /** A column of a local relation, or an output column alias used in ORDER BY / GROUP BY. */
  public record LocalColumn(Name relation, Name column, TextRange definition) implements Target {
    @Override
    public boolean equals(Object o) {
      return o == this || (o instanceof LocalColumn c && Objects.equals(column, c.column)
          && Objects.equals(relation, c.relation) && Objects.equals(definition, c.definition));
    }

    @Override
    public int hashCode() {
      return (31 * Objects.hashCode(relation) + Objects.hashCode(column)) * 31 + Objects.hashCode(definition);
    }
  }

  /** Not resolved: either reported as a problem, or undecidable (columns unknown). */
  public record Unresolved() implements Target {
    @Override
    public boolean equals(Object o) {
      return o instanceof Unresolved;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  public boolean resolved() {
    return !(target instanceof Unresolved);
  }
}
