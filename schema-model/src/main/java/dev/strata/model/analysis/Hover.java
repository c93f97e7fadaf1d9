package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Table;
import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
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
    return Optional.of(HoverResult.of(describe(idx, s.ref(), s.occurrence(), s.catalog()), s.occurrence().range()));
  }

  /**
   * A table, column or type as the whole history leaves it, for names outside the history (a Prisma
   * model, field or enum): the same text a hover in the last migration would show, placed after that
   * migration, or "does not exist" (with its fate, if it was dropped or renamed). {@code range} is
   * where the name stands in the caller's file. Empty for an empty history or another kind of ref.
   */
  public static Optional<HoverResult> afterHistory(Analysis a, SymbolRef ref, TextRange range) {
    List<MigrationResult> results = a.results();
    if (results.isEmpty() || !List.of(SymbolKind.TABLE, SymbolKind.COLUMN, SymbolKind.TYPE).contains(ref.kind())) {
      return Optional.empty();
    }
    SymbolIndex idx = SymbolIndex.of(a);
    int last = results.size() - 1;
    Occurrence end = new Occurrence(results.get(last).migration().file(), TextRange.EMPTY, ref, "",
        Occurrence.Role.REFERENCE, true, last, Integer.MAX_VALUE);
    String identity = TableHover.identityAt(idx, ref.key(), end).orElse("");
    Occurrence at = new Occurrence(end.file(), end.range(), ref, identity, end.role(), true, last, Integer.MAX_VALUE);
    return Optional.of(HoverResult.of(describe(idx, ref, at, a.finalCatalog()), range));
  }

  private static String describe(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
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
