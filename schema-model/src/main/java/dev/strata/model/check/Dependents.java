package dev.strata.model.check;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Names;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import java.util.ArrayList;
import java.util.List;

/**
 * What still uses an object at a point in history, phrased for messages: {@code index "users_email_idx"},
 * {@code view "active_users"}, {@code foreign key "orders_user_fk" of "orders"}. Empty lists mean
 * nothing in the schema we model does; application code is invisible to us.
 */
public final class Dependents {
  private Dependents() {}

  /** Foreign keys of other tables and views that reference {@code table}. */
  public static List<String> ofTable(Catalog cat, QName table) {
    List<String> out = new ArrayList<>();
    for (Table t : cat.tablesReferencing(table)) {
      if (t.name().equals(table)) {
        continue;
      }
      for (Constraint c : t.constraints()) {
        if (c.references().map(r -> r.table().equals(table)).orElse(false)) {
          out.add("foreign key " + c.name().quotedForMessage() + " of " + CheckContext.label(t.name()));
        }
      }
    }
    for (View v : cat.views().values()) {
      if (v.dependsOn().contains(table)) {
        out.add((v.materialized() ? "materialized view " : "view ") + CheckContext.label(v.name()));
      }
    }
    return out;
  }

  /** Indexes, views and other tables' foreign keys that use column {@code column} of {@code table}. */
  public static List<String> ofColumn(Catalog cat, QName table, Name column) {
    List<String> out = new ArrayList<>();
    for (Index i : cat.indexesOn(table)) {
      if (i.uses(column)) {
        out.add("index " + i.name().name().quotedForMessage());
      }
    }
    for (Table t : cat.tables().values()) {
      for (Constraint c : t.constraints()) {
        boolean refs = c.references().map(r -> r.table().equals(table) && r.columns().contains(column)).orElse(false);
        if (refs && !t.name().equals(table)) {
          out.add("foreign key " + c.name().quotedForMessage() + " of " + CheckContext.label(t.name()));
        }
      }
    }
    for (View v : cat.views().values()) {
      if (v.dependsOn().contains(table) && Names.mentions(v.definition(), column)) {
        out.add((v.materialized() ? "materialized view " : "view ") + CheckContext.label(v.name()));
      }
    }
    return out;
  }

  /** Table columns whose type (or element type) is {@code type}. */
  public static List<String> ofType(Catalog cat, QName type) {
    List<String> out = new ArrayList<>();
    for (Table t : cat.tables().values()) {
      for (Column c : t.columns()) {
        if (c.type().name().equals(type)) {
          out.add("column " + c.name().quotedForMessage() + " of " + CheckContext.label(t.name()));
        }
      }
    }
    return out;
  }

  /** {@code ; at this point it is still used by a, b} or the empty string. */
  public static String clause(List<String> users) {
    if (users.isEmpty()) {
      return "";
    }
    int shown = Math.min(users.size(), 3);
    String more = users.size() > shown ? " and " + (users.size() - shown) + " more" : "";
    return "; at this point it is still used by " + String.join(", ", users.subList(0, shown)) + more;
  }
}
