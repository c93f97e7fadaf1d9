package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Table;
import dev.strata.model.text.FileId;
import java.util.Optional;

/**
 * Hover: the object under the cursor as it stands at that point in history, with where it came
 * from and what later happens to it. On the first line of a migration (outside any name), a
 * summary of what the migration changes.
 */
public final class Hover {
  private Hover() {}

  public static Optional<HoverResult> at(Analysis a, FileId file, int offset) {
    Optional<SymbolAt.Symbol> symbol = SymbolAt.at(a, file, offset);
    if (symbol.isEmpty()) {
      return MigrationSummary.at(a, file, offset);
    }
    SymbolIndex idx = SymbolIndex.of(a);
    SymbolAt.Symbol s = symbol.get();
    return Optional.of(HoverResult.of(describe(idx, s), s.occurrence().range()));
  }

  private static String describe(SymbolIndex idx, SymbolAt.Symbol s) {
    Catalog c = s.catalog();
    SymbolRef ref = s.ref();
    Occurrence at = s.occurrence();
    if (ref.kind() == SymbolKind.TABLE) {
      Optional<Table> t = c.table(ref.object());
      return t.map(table -> TableHover.table(idx, table, at, c)).orElseGet(() -> ObjectHover.missing(idx, ref, at, c));
    }
    if (ref.kind() == SymbolKind.COLUMN) {
      return TableHover.column(idx, ref, at, c);
    }
    return ObjectHover.describe(idx, ref, at, c);
  }

  /** {@code (20241223_align_schema)}: which point in history a hover describes. */
  static String point(SymbolIndex idx, Occurrence at) {
    String when = at.after() ? "after" : "at";
    return "*" + when + " " + idx.migration(at).migration().name() + "*";
  }
}
