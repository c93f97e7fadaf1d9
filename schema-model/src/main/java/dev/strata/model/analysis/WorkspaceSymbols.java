package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Workspace symbols: every object of the final schema (tables and their columns, views, sequences,
 * indexes, types, functions) whose name contains the query (ignoring case), located at the name
 * that defined it, or at its catalog origin when no statement of the history defines it.
 */
public final class WorkspaceSymbols {
  private WorkspaceSymbols() {}

  /** An object of the final schema; {@code container} is the owning table or the schema. */
  public record WorkspaceSymbol(String name, SymbolKind kind, String container, FileRange location) {}

  public static List<WorkspaceSymbol> search(Analysis a, String query) {
    SymbolIndex idx = SymbolIndex.of(a);
    Catalog c = a.finalCatalog();
    List<SymbolRef> refs = new ArrayList<>();
    for (Table t : c.tables().values()) {
      refs.add(SymbolRef.of(SymbolKind.TABLE, t.name()));
      for (Column col : t.columns()) {
        refs.add(SymbolRef.member(SymbolKind.COLUMN, t.name(), col.name()));
      }
    }
    c.views().keys().forEach(q -> refs.add(SymbolRef.of(SymbolKind.VIEW, q)));
    c.sequences().keys().forEach(q -> refs.add(SymbolRef.of(SymbolKind.SEQUENCE, q)));
    c.indexes().keys().forEach(q -> refs.add(SymbolRef.of(SymbolKind.INDEX, q)));
    c.enums().keys().forEach(q -> refs.add(SymbolRef.of(SymbolKind.TYPE, q)));
    c.domains().keys().forEach(q -> refs.add(SymbolRef.of(SymbolKind.TYPE, q)));
    c.functions().values().forEach(f -> refs.add(SymbolRef.of(SymbolKind.FUNCTION, f.name())));
    String q = query.toLowerCase(Locale.ROOT);
    List<WorkspaceSymbol> out = new ArrayList<>();
    for (SymbolRef r : refs.stream().distinct().toList()) {
      if (r.simpleName().value().toLowerCase(Locale.ROOT).contains(q)) {
        location(idx, c, r).ifPresent(loc -> out.add(new WorkspaceSymbol(r.simpleName().value(), r.kind(),
            container(r), loc)));
      }
    }
    out.sort(Comparator.comparing(WorkspaceSymbol::container).thenComparing(WorkspaceSymbol::name)
        .thenComparing(s -> s.kind().ordinal()));
    return out;
  }

  private static String container(SymbolRef r) {
    QName o = r.object();
    return r.member().isPresent() ? o.name().value() : o.schema().value();
  }

  /** The last definition of the name under which the object exists at the end. */
  static Optional<FileRange> location(SymbolIndex idx, Catalog c, SymbolRef r) {
    Optional<Occurrence> def = idx.occurrences.stream()
        .filter(o -> o.isDefinition() && o.ref().key().equals(r.key()))
        .max(Comparator.naturalOrder());
    if (def.isPresent()) {
      return def.map(Occurrence::location);
    }
    return ObjectLookup.origin(c, r).filter(o -> !o.isBuiltin()).map(Origin::location);
  }
}
