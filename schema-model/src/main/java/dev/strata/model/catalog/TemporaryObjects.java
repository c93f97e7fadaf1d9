package dev.strata.model.catalog;

import java.util.HashSet;
import java.util.Set;

/**
 * The end of temporary objects: {@code ON COMMIT DROP} tables at commit, and everything in the
 * temporary schema when the session ends. A dropped temporary table takes its indexes, the
 * sequences it owns and the temporary views built on it along, as PostgreSQL's cascading drop does.
 */
final class TemporaryObjects {
  private TemporaryObjects() {}

  /** {@code catalog} without its ON COMMIT DROP tables; the set is emptied. */
  static Catalog dropAtCommit(Catalog catalog) {
    Set<QName> relations = new HashSet<>();
    for (QName table : catalog.dropAtCommit()) {
      if (catalog.tables().containsKey(table)) {
        relations.add(table);
      }
    }
    addDependentViews(catalog, relations);
    Catalog out = without(catalog, relations::contains);
    return new Catalog(out.searchPath(), out.schemas(), out.tables(), out.indexes(), out.sequences(), out.views(),
        out.enums(), out.domains(), out.composites(), out.extensionTypes(), out.functions(), out.extensions(),
        out.comments(), out.history(), out.ranges(), out.opaqueEffects(), Set.of());
  }

  /** {@code catalog} without the temporary schema and anything in it. */
  static Catalog endSession(Catalog catalog) {
    if (!catalog.schemas().containsKey(QName.PG_TEMP) && catalog.dropAtCommit().isEmpty()) {
      return catalog;
    }
    Catalog out = without(catalog, q -> q.schema().equals(QName.PG_TEMP));
    PMap<QName, EnumType> enums = out.enums().withoutIf(e -> e.name().schema().equals(QName.PG_TEMP));
    PMap<QName, Domain> domains = out.domains().withoutIf(d -> d.name().schema().equals(QName.PG_TEMP));
    PMap<QName, CompositeType> composites =
        out.composites().withoutIf(c -> c.name().schema().equals(QName.PG_TEMP));
    return new Catalog(out.searchPath(), out.schemas().without(QName.PG_TEMP), out.tables(), out.indexes(),
        out.sequences(), out.views(), enums, domains, composites, out.extensionTypes(),
        out.functions(), out.extensions(), out.comments(), out.history(), out.ranges(), out.opaqueEffects(),
        Set.of());
  }

  /** Adds, transitively, the views that read a relation of {@code relations}. */
  private static void addDependentViews(Catalog catalog, Set<QName> relations) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (View v : catalog.views().values()) {
        if (!relations.contains(v.name()) && v.dependsOn().stream().anyMatch(relations::contains)) {
          relations.add(v.name());
          grew = true;
        }
      }
    }
  }

  /** Removes the tables and views {@code gone} names, with their indexes and owned sequences. */
  private static Catalog without(Catalog catalog, java.util.function.Predicate<QName> gone) {
    PMap<QName, Table> tables = catalog.tables().withoutIf(t -> gone.test(t.name()));
    PMap<QName, View> views = catalog.views().withoutIf(v -> gone.test(v.name()));
    PMap<QName, Index> indexes = catalog.indexes().withoutIf(i -> gone.test(i.table()) || gone.test(i.name()));
    PMap<QName, Sequence> sequences = catalog.sequences().withoutIf(
        s -> gone.test(s.name()) || s.ownedBy().map(o -> gone.test(o.table())).orElse(false));
    return catalog.withTables(tables).withViews(views).withIndexes(indexes).withSequences(sequences);
  }
}
