package dev.strata.model.effect;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SystemRelations;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.View;
import dev.strata.model.sql.dml.ColumnInfo;
import dev.strata.model.sql.dml.RelationInfo;
import dev.strata.model.sql.dml.RelationLookup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DML resolver's view of a catalog at one point in history. It lives with the effects because
 * applying CREATE VIEW derives the view's output columns through the resolver; analysis uses it too.
 */
public record CatalogLookup(Catalog catalog) implements RelationLookup {
  private static final List<String> SEQUENCE_COLUMNS = List.of("last_value", "log_cnt", "is_called");

  @Override
  public Optional<RelationInfo> relation(Optional<Name> schema, Name name) {
    Optional<QName> system = SystemRelations.resolve(schema, name);
    if (system.isPresent()) {
      return Optional.of(RelationInfo.opaque(system.get().schema(), system.get().name()));
    }
    Optional<QName> q = catalog.resolveRelation(schema, name);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    QName qn = q.get();
    Optional<Table> table = catalog.table(qn);
    if (table.isPresent()) {
      Table t = table.get();
      if (t.opaqueColumns()) {
        return Optional.of(RelationInfo.opaque(qn.schema(), qn.name()));
      }
      List<ColumnInfo> cols = t.columns().stream()
          .map(c -> ColumnInfo.of(c.name(), c.type().format(catalog::typeVisible))).toList();
      return Optional.of(RelationInfo.of(qn.schema(), qn.name(), cols));
    }
    Optional<View> view = catalog.views().get(qn);
    if (view.isPresent() && !view.get().columns().isEmpty()) {
      return Optional.of(RelationInfo.of(qn.schema(), qn.name(),
          view.get().columns().stream().map(c -> ColumnInfo.of(c, "")).toList()));
    }
    if (catalog.sequences().containsKey(qn)) {
      return Optional.of(RelationInfo.of(qn.schema(), qn.name(),
          SEQUENCE_COLUMNS.stream().map(c -> ColumnInfo.of(Name.of(c), "")).toList()));
    }
    return Optional.of(RelationInfo.opaque(qn.schema(), qn.name()));
  }

  @Override
  public Optional<List<String>> enumLabels(Optional<Name> schema, Name name) {
    return catalog.resolve(catalog.enums(), schema, name).flatMap(q -> catalog.enums().get(q))
        .map(e -> e.labels());
  }

  @Override
  public List<Name> relationNames(Optional<Name> schema) {
    List<Name> schemas = schema.map(List::of).orElseGet(catalog::relationPath);
    List<Name> out = new ArrayList<>();
    for (Name s : schemas) {
      out.addAll(catalog.relationNames(s));
    }
    return out;
  }
}
