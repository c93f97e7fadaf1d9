package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.QName;
import dev.strata.model.effect.CatalogLookup;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.dml.DmlResolver;
import dev.strata.model.sql.dml.Reference;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The schema names of a DML statement or query, from the DML resolver's references. */
final class DmlNames {
  private DmlNames() {}

  static boolean resolvable(Statement.DmlKind kind) {
    return kind == Statement.DmlKind.SELECT || kind == Statement.DmlKind.INSERT || kind == Statement.DmlKind.UPDATE
        || kind == Statement.DmlKind.DELETE || kind == Statement.DmlKind.MERGE;
  }

  static List<Found> find(Catalog before, String sql, TextRange body) {
    List<Found> out = new ArrayList<>();
    Reference previous = null;
    for (Reference r : DmlResolver.check(sql, body, new CatalogLookup(before)).references()) {
      Optional<Found> f = toFound(before, sql, r);
      if (f.isEmpty() && previous != null) {
        f = unknownColumn(sql, previous, r);
      }
      f.ifPresent(out::add);
      previous = r;
    }
    return out;
  }

  /**
   * A column the table does not have ({@code os."customer_id"}): still a name of that table's
   * column, so hover can say it does not exist there and list the columns it has.
   */
  private static Optional<Found> unknownColumn(String sql, Reference qualifier, Reference r) {
    boolean qualified = qualifier.kind() == Reference.Kind.QUALIFIER && r.kind() == Reference.Kind.COLUMN
        && qualifier.range().end() <= r.range().start()
        && sql.substring(qualifier.range().end(), r.range().start()).strip().equals(".");
    if (!qualified || !(qualifier.target() instanceof Reference.CatalogRelation rel)) {
      return Optional.empty();
    }
    QName q = new QName(rel.relation().schema(), rel.relation().name());
    return Optional.of(Found.ref(SymbolRef.member(SymbolKind.COLUMN, q, r.name()), r.range()));
  }

  private static Optional<Found> toFound(Catalog c, String sql, Reference r) {
    if (r.target() instanceof Reference.CatalogRelation rel) {
      QName q = new QName(rel.relation().schema(), rel.relation().name());
      SymbolRef ref = SymbolRef.of(NameResolution.relationKind(c, q), q);
      boolean alias = r.kind() == Reference.Kind.QUALIFIER && !spells(sql, r.range(), q);
      return Optional.of(new Found(ref, r.range(), alias ? Occurrence.Role.ALIAS : Occurrence.Role.REFERENCE, false));
    }
    if (r.target() instanceof Reference.CatalogColumn col) {
      QName q = new QName(col.relation().schema(), col.relation().name());
      return Optional.of(Found.ref(SymbolRef.member(SymbolKind.COLUMN, q, col.column().name()), r.range()));
    }
    return Optional.empty();
  }

  /** True when the text at {@code range} is the relation's own name rather than an alias. */
  private static boolean spells(String sql, TextRange range, QName q) {
    String text = range.slice(sql);
    String bare = text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2
        ? text.substring(1, text.length() - 1) : dev.strata.model.catalog.Name.asciiLower(text);
    return bare.equals(q.name().value());
  }
}
