package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Who depends on what: foreign keys that reference a table or column, views that name a table. */
final class Dependencies {
  private Dependencies() {}

  /** A foreign key constraint of table {@code owner}. */
  record Fk(QName owner, Constraint constraint) {}

  /** Foreign keys of other tables (or of {@code table} itself when {@code includeSelf}) referencing {@code table}. */
  static List<Fk> fksReferencing(Catalog cat, QName table, boolean includeSelf) {
    List<Fk> out = new ArrayList<>();
    for (Table t : cat.tablesReferencing(table)) {
      if (!includeSelf && t.name().equals(table)) {
        continue;
      }
      for (Constraint c : t.constraints()) {
        if (c.references().map(r -> r.table().equals(table)).orElse(false)) {
          out.add(new Fk(t.name(), c));
        }
      }
    }
    return out;
  }

  static List<Fk> fksReferencingColumn(Catalog cat, QName table, Name column) {
    return fksReferencing(cat, table, false).stream()
        .filter(f -> f.constraint().references().orElseThrow().columns().contains(column)).toList();
  }

  static List<View> viewsOn(Catalog cat, QName relation) {
    List<View> out = new ArrayList<>();
    for (View v : cat.views().values()) {
      if (v.dependsOn().contains(relation)) {
        out.add(v);
      }
    }
    return out;
  }

  static List<View> viewsOnColumn(Catalog cat, QName relation, Name column) {
    return viewsOn(cat, relation).stream().filter(v -> Names.mentions(v.definition(), column)).toList();
  }

  /** Removes one constraint (and its index) from its table. */
  static Catalog dropConstraint(Catalog cat, QName table, Name constraint, dev.strata.model.catalog.Origin o) {
    Optional<Table> t = cat.table(table);
    if (t.isEmpty()) {
      return cat;
    }
    Catalog out = cat.withTable(t.get().withoutConstraint(constraint, o));
    Optional<Constraint> c = t.get().constraint(constraint);
    if (c.isPresent() && c.get().kind().hasIndex()) {
      QName idx = new QName(table.schema(), constraint);
      out = out.withoutIndex(idx);
      for (var i : cat.indexesOn(table)) {
        if (i.constraint().map(constraint::equals).orElse(false)) {
          out = out.withoutIndex(i.name());
        }
      }
    }
    return out;
  }
}
