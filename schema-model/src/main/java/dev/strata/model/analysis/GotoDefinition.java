package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import dev.strata.model.text.TextRange;
import java.util.Comparator;
import java.util.Optional;

/**
 * Go to definition: where the object under the cursor got the name it has there — the name in
 * its CREATE (for a column, the column definition in CREATE TABLE or ADD COLUMN) or in the RENAME
 * that last gave it this name, as of that point in history.
 */
public final class GotoDefinition {
  private GotoDefinition() {}

  /** The definition target, and {@code origin} the range of the name the request was made on. */
  public record Definition(TextRange origin, FileRange target, String migration) {}

  public static Optional<Definition> at(Analysis a, FileId file, int offset) {
    SymbolIndex idx = SymbolIndex.of(a);
    Optional<Occurrence> at = idx.at(file, offset);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Occurrence o = at.get();
    Optional<Occurrence> def = idx.withIdentity(o.identity()).stream()
        .filter(d -> d.isDefinition() && d.notAfter(o))
        .max(Comparator.naturalOrder());
    if (def.isPresent()) {
      Occurrence d = def.get();
      return Optional.of(new Definition(o.range(), d.location(), idx.migration(d).migration().name()));
    }
    return catalogOrigin(idx, o).map(origin -> new Definition(o.range(), origin.location(), origin.migration()));
  }

  /** When no statement of the history defines the name (e.g. an object of a missing baseline). */
  private static Optional<Origin> catalogOrigin(SymbolIndex idx, Occurrence o) {
    StatementResult s = idx.statement(o);
    SymbolAt.Symbol symbol = new SymbolAt.Symbol(o, idx.migration(o), s);
    return ObjectLookup.origin(symbol.catalog(), o.ref()).filter(x -> !x.isBuiltin());
  }
}
