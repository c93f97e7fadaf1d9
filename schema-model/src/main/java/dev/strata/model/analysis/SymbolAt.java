package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.text.FileId;
import java.util.Optional;

/**
 * What is under the cursor: the schema-object name at an offset of a migration, classified and
 * resolved against the schema at that point in history.
 */
public final class SymbolAt {
  private SymbolAt() {}

  /**
   * The name at {@code offset}, with the statement it is in. {@link Symbol#catalog()} is the schema
   * the name is resolved in: before the statement, or after it for names the statement creates.
   */
  public static Optional<Symbol> at(Analysis a, FileId file, int offset) {
    SymbolIndex idx = SymbolIndex.of(a);
    return idx.at(file, offset).map(o -> new Symbol(o, idx.migration(o), idx.statement(o)));
  }

  /** A name at its point in history. */
  public record Symbol(Occurrence occurrence, MigrationResult migration, StatementResult statement) {
    public SymbolRef ref() {
      return occurrence.ref();
    }

    public Catalog catalog() {
      return occurrence.after() ? statement.after() : statement.before();
    }
  }
}
