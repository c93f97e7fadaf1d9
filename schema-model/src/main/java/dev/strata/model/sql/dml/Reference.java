package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;

/**
 * One name in a statement that denotes a relation or a column, with the exact range of that name
 * (for {@code os."customer_id"} the column reference covers {@code "customer_id"} and a separate
 * {@link Kind#QUALIFIER} reference covers {@code os}) and what it resolved to.
 */
public record Reference(Kind kind, TextRange range, Name name, Target target) {

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
  public record CatalogRelation(RelationInfo relation) implements Target {}

  /** A column of a relation of the schema (including system columns such as {@code ctid}). */
  public record CatalogColumn(RelationInfo relation, ColumnInfo column) implements Target {}

  /** A relation defined by the statement itself: a CTE, a subquery or function in FROM. */
  public record LocalRelation(Name name, TextRange definition) implements Target {}

  /** A column of a local relation, or an output column alias used in ORDER BY / GROUP BY. */
  public record LocalColumn(Name relation, Name column, TextRange definition) implements Target {}

  /** Not resolved: either reported as a problem, or undecidable (columns unknown). */
  public record Unresolved() implements Target {}

  public boolean resolved() {
    return !(target instanceof Unresolved);
  }
}
