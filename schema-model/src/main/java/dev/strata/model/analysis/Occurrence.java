package dev.strata.model.analysis;

import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;

/**
 * One place a statement names a schema object. {@code identity} is stable across renames: a
 * column renamed later has the same identity under both names, and an object dropped and created
 * again gets a new one. {@code migration} and {@code statement} index {@link Analysis#results()} and
 * that migration's statements, so occurrences order by history. {@code after} says the name was
 * resolved against the catalog after the statement (names it creates) rather than before it.
 */
public record Occurrence(FileId file, TextRange range, SymbolRef ref, String identity, Role role, boolean after,
    int migration, int statement) implements Comparable<Occurrence> {

  /** How the name is used. */
  public enum Role {
    /** The statement creates the object under this name (CREATE, ADD COLUMN, RENAME ... TO). */
    DEFINITION,
    /** The statement reads or changes the object through this name. */
    REFERENCE,
    /** An alias standing for the object (the {@code os} of {@code os.col}); not a name of it. */
    ALIAS
  }

  public FileRange location() {
    return new FileRange(file, range);
  }

  public boolean isDefinition() {
    return role == Role.DEFINITION;
  }

  /** True when this occurrence's statement runs before {@code o}'s (or is the same statement). */
  public boolean notAfter(Occurrence o) {
    return migration < o.migration || (migration == o.migration && statement <= o.statement);
  }

  /** History order, then source order. */
  @Override
  public int compareTo(Occurrence o) {
    if (migration != o.migration) {
      return Integer.compare(migration, o.migration);
    }
    return statement != o.statement ? Integer.compare(statement, o.statement) : range.compareTo(o.range);
  }
}
