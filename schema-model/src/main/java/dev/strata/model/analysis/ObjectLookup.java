package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Origin;
import java.util.Optional;

/** The catalog object a {@link SymbolRef} names, reduced to what features share: its origin. */
final class ObjectLookup {
  private ObjectLookup() {}

  static Optional<Origin> origin(Catalog c, SymbolRef ref) {
    switch (ref.kind()) {
      case TABLE:
        return c.table(ref.object()).map(t -> t.origin());
      case COLUMN:
        return c.table(ref.object()).flatMap(t -> t.column(ref.simpleName())).map(Column::origin);
      case CONSTRAINT:
        return c.table(ref.object()).flatMap(t -> t.constraint(ref.simpleName())).map(Constraint::origin);
      case VIEW:
        return c.views().get(ref.object()).map(v -> v.origin());
      case SEQUENCE:
        return c.sequences().get(ref.object()).map(s -> s.origin());
      case INDEX:
        return c.index(ref.object()).map(i -> i.origin());
      case TYPE:
      case ENUM_LABEL:
        return typeOrigin(c, ref);
      case FUNCTION:
        return c.functionsNamed(ref.object()).stream().findFirst().map(f -> f.origin());
      case SCHEMA:
        return c.schemas().get(ref.object().name()).map(s -> s.origin());
      case EXTENSION:
        return c.extensions().get(ref.object().name()).map(e -> e.origin());
      default:
        return Optional.empty();
    }
  }

  private static Optional<Origin> typeOrigin(Catalog c, SymbolRef ref) {
    Optional<Origin> e = c.enums().get(ref.object()).map(x -> x.origin());
    if (e.isPresent()) {
      return e;
    }
    Optional<Origin> d = c.domains().get(ref.object()).map(x -> x.origin());
    return d.isPresent() ? d : c.composites().get(ref.object()).map(x -> x.origin());
  }
}
