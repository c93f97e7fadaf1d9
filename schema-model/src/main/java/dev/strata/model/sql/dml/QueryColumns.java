package dev.strata.model.sql.dml;

import dev.strata.model.catalog.Name;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a view's or CREATE TABLE AS's query produces and reads. {@code columns} is empty when the
 * output names cannot be derived (e.g. {@code *} over a relation with unknown columns, or a parse
 * failure). {@code result} holds the references and problems of the query itself.
 */
public record QueryColumns(Optional<List<Name>> columns, DmlResult result) {
  public QueryColumns {
    columns = columns.map(List::copyOf);
  }

  /** The schema relations the query reads (its view dependencies), in first-use order. */
  public Set<RelationInfo> relationsRead() {
    Set<RelationInfo> out = new LinkedHashSet<>();
    for (Reference r : result.references()) {
      if (r.target() instanceof Reference.CatalogRelation rel) {
        out.add(rel.relation());
      } else if (r.target() instanceof Reference.CatalogColumn col) {
        out.add(col.relation());
      }
    }
    return out;
  }

  /** The schema columns the query reads, as (relation, column) references, in source order. */
  public List<Reference.CatalogColumn> columnsRead() {
    return result.references().stream()
        .filter(r -> r.target() instanceof Reference.CatalogColumn)
        .map(r -> (Reference.CatalogColumn) r.target())
        .distinct()
        .toList();
  }
}
