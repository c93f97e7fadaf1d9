package dev.strata.model.snapshot;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Extension;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Sequence;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Converts the model's {@link Catalog} to the neutral {@link SchemaSnapshot}. */
public final class Snapshots {
  /** Every database made from the default template has PL/pgSQL installed in {@code pg_catalog}. */
  private static final String PLPGSQL = "plpgsql";

  private Snapshots() {}

  /**
   * The snapshot PostgreSQL would show for {@code catalog}: types printed as {@code format_type}
   * would with the default search path, foreign-key actions spelled out, column positions counted
   * from 1 in table order, and {@code plpgsql} among the extensions. Extension versions are not
   * modelled and read as empty. Temporary objects are left out, as the oracle leaves out the
   * {@code pg_temp_N} schemas.
   */
  public static SchemaSnapshot of(Catalog catalog) {
    catalog = catalog.endSession();
    List<String> schemas = catalog.schemas().keys().stream().map(Name::value).toList();
    Map<String, ExtensionSnapshot> extensions = new TreeMap<>();
    extensions.put(PLPGSQL, new ExtensionSnapshot("pg_catalog", ""));
    for (Extension e : catalog.extensions().values()) {
      extensions.put(e.name().value(), new ExtensionSnapshot(e.schema().value(), ""));
    }
    Map<String, TableSnapshot> tables = new TreeMap<>();
    for (Table t : catalog.tables().values()) {
      tables.put(t.name().key(), table(catalog, t));
    }
    Map<String, List<String>> enums = new TreeMap<>();
    catalog.enums().values().forEach(e -> enums.put(e.name().key(), e.labels()));
    Map<String, SequenceSnapshot> sequences = new TreeMap<>();
    for (Sequence s : catalog.sequences().values()) {
      sequences.put(s.name().key(), new SequenceSnapshot(s.dataType(), s.start(), s.increment(), s.min(), s.max(),
          s.cycle(), s.ownedBy().map(Sequence.ColumnRef::key)));
    }
    Map<String, ViewSnapshot> views = new TreeMap<>();
    for (View v : catalog.views().values()) {
      views.put(v.name().key(), new ViewSnapshot(v.materialized(), v.columns().stream().map(Name::value).toList()));
    }
    return new SchemaSnapshot(schemas, extensions, tables, enums, sequences, views);
  }

  private static TableSnapshot table(Catalog catalog, Table t) {
    List<ColumnSnapshot> columns = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      columns.add(column(catalog, t.columns().get(i), i + 1));
    }
    List<KeySnapshot> uniques = new ArrayList<>();
    List<ForeignKeySnapshot> foreignKeys = new ArrayList<>();
    List<String> checks = new ArrayList<>();
    for (Constraint c : t.constraints()) {
      if (c.kind() == Constraint.Kind.UNIQUE) {
        uniques.add(key(c));
      } else if (c.kind() == Constraint.Kind.CHECK) {
        checks.add(c.name().value());
      } else if (c.kind() == Constraint.Kind.FOREIGN_KEY && c.references().isPresent()) {
        Constraint.ForeignKey r = c.references().get();
        foreignKeys.add(new ForeignKeySnapshot(c.name().value(), names(c.columns()), r.table().key(),
            names(r.columns()), action(r.onUpdate()), action(r.onDelete())));
      }
    }
    List<IndexSnapshot> indexes = catalog.indexesOn(t.name()).stream().map(Snapshots::index).toList();
    return new TableSnapshot(columns, t.primaryKey().map(Snapshots::key), uniques, foreignKeys, checks, indexes);
  }

  private static ColumnSnapshot column(Catalog catalog, Column c, int position) {
    Optional<String> identity = c.identity().map(code -> code == 'a' ? "always" : "by default");
    Optional<String> dflt = c.generated().isPresent() ? Optional.empty() : c.defaultExpr();
    return new ColumnSnapshot(c.name().value(), c.type().format(catalog::typeVisible), c.notNull(), dflt, identity,
        c.generated(), position);
  }

  private static IndexSnapshot index(Index i) {
    return new IndexSnapshot(i.name().name().value(), i.keys().stream().map(Index.Key::display).toList(), i.unique(),
        i.primary(), i.method(), i.predicate());
  }

  private static KeySnapshot key(Constraint c) {
    return new KeySnapshot(c.name().value(), names(c.columns()));
  }

  private static List<String> names(List<Name> names) {
    return names.stream().map(Name::value).toList();
  }

  /** pg_constraint's one-letter action codes as the oracle spells them. */
  static String action(String code) {
    switch (code) {
      case "r":
        return "RESTRICT";
      case "c":
        return "CASCADE";
      case "n":
        return "SET NULL";
      case "d":
        return "SET DEFAULT";
      default:
        return "NO ACTION";
    }
  }
}
