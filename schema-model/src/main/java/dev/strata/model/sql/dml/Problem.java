package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A name-resolution error PostgreSQL would raise for the statement, with the range of the offending
 * name, the names involved (the missing name first; for a column, then the relation it was looked up
 * in, by its own name even when an alias was used) and candidate names a did-you-mean
 * can rank. The message is PostgreSQL's own wording.
 */
public record Problem(Kind kind, TextRange range, String message, List<Name> names, List<Name> candidates) {
  public Problem {
    names = List.copyOf(names);
    candidates = List.copyOf(candidates);
  }

  /** Problem kinds with their SQLSTATE. */
  public enum Kind {
    UNKNOWN_TABLE("42P01"),
    UNKNOWN_COLUMN("42703"),
    AMBIGUOUS_COLUMN("42702"),
    /** A qualifier that names no FROM item in scope, or a table name hidden by its alias. */
    MISSING_FROM_ENTRY("42P01"),
    /** JSqlParser could not parse the statement: nothing was checked; callers report it as info. */
    PARSE_FAILED(null);

    private final String sqlState;

    Kind(String sqlState) {
      this.sqlState = sqlState;
    }

    public Optional<String> sqlState() {
      return Optional.ofNullable(sqlState);
    }
  }
}
