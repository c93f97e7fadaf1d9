package dev.strata.model.prisma;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.EnumType;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A catalog as sorted text lines, without origins: what two catalogs must agree on. */
final class CatalogDump {
  private CatalogDump() {}

  static String of(Catalog cat) {
    List<String> out = new ArrayList<>();
    for (Table t : cat.tables().values()) {
      out.add("table " + t.name().key());
      for (Column c : t.columns()) {
        out.add("  column " + t.name().key() + "." + c.name().value() + " " + c.type().format(cat::typeVisible)
            + (c.notNull() ? " not null" : "") + c.defaultExpr().map(d -> " default " + d).orElse(""));
      }
      for (Constraint c : t.constraints()) {
        out.add("  constraint " + t.name().key() + "." + c.name().value() + " " + c.kind() + " "
            + c.columns().stream().map(Name::value).toList()
            + c.references().map(f -> " -> " + f.table().key() + f.columns().stream().map(Name::value).toList()
                + " del=" + f.onDelete() + " upd=" + f.onUpdate()).orElse(""));
      }
    }
    for (Index i : cat.indexes().values()) {
      out.add("index " + i.name().key() + " on " + i.table().key() + (i.unique() ? " unique" : "") + " " + i.method()
          + " " + i.keys().stream().map(Index.Key::display).collect(Collectors.joining(",")));
    }
    for (EnumType e : cat.enums().values()) {
      out.add("enum " + e.name().key() + " " + e.labels());
    }
    for (QName s : cat.sequences().keys()) {
      out.add("sequence " + s.key());
    }
    return out.stream().sorted().collect(Collectors.joining("\n"));
  }
}
