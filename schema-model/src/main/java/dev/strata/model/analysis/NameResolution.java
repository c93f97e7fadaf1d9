package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.TypeName;
import java.util.Optional;

/**
 * How a name written in a statement maps to a {@link SymbolRef} given the catalog at that point.
 * Names that resolve to nothing still get a ref (in the schema an unqualified CREATE would use),
 * so hover can say the object does not exist there and references still match by name.
 */
final class NameResolution {
  private NameResolution() {}

  static Optional<Name> schemaOf(QualifiedName qn) {
    return qn.schema().map(Ident::name);
  }

  /** The qualified name a CREATE of {@code qn} makes, or an unqualified lookup's fallback. */
  static QName fallback(Catalog c, QualifiedName qn) {
    return new QName(schemaOf(qn).orElse(c.creationSchema().orElse(QName.PUBLIC)), qn.name());
  }

  /** A relation of any kind: table, view, sequence or index, in that order of preference. */
  static SymbolRef relation(Catalog c, QualifiedName qn) {
    Optional<QName> q = c.resolveRelation(schemaOf(qn), qn.name());
    if (q.isEmpty()) {
      return SymbolRef.of(SymbolKind.TABLE, fallback(c, qn));
    }
    return SymbolRef.of(relationKind(c, q.get()), q.get());
  }

  static SymbolKind relationKind(Catalog c, QName q) {
    if (c.views().containsKey(q)) {
      return SymbolKind.VIEW;
    }
    if (c.sequences().containsKey(q)) {
      return SymbolKind.SEQUENCE;
    }
    if (c.indexes().containsKey(q)) {
      return SymbolKind.INDEX;
    }
    return c.composites().containsKey(q) ? SymbolKind.TYPE : SymbolKind.TABLE;
  }

  /** A table (what ALTER TABLE names). */
  static SymbolRef table(Catalog c, QualifiedName qn) {
    QName q = c.resolve(c.tables(), schemaOf(qn), qn.name()).orElseGet(() -> fallback(c, qn));
    return SymbolRef.of(SymbolKind.TABLE, q);
  }

  static SymbolRef type(Catalog c, QualifiedName qn) {
    QName q = c.resolveType(schemaOf(qn), qn.name()).orElseGet(() -> fallback(c, qn));
    return SymbolRef.of(SymbolKind.TYPE, q);
  }

  /** A user type named in a column or argument type; empty for built-ins and tables' row types. */
  static Optional<SymbolRef> userType(Catalog c, TypeName t) {
    if (t.builtin()) {
      return Optional.empty();
    }
    Optional<QName> q = c.resolveType(schemaOf(t.name()), t.name().name());
    if (q.isEmpty() || c.tables().containsKey(q.get()) || c.views().containsKey(q.get())) {
      return Optional.empty();
    }
    return Optional.of(SymbolRef.of(SymbolKind.TYPE, q.get()));
  }

  /** A name of a DROP/RENAME/COMMENT statement of the given object kind. */
  static Optional<SymbolRef> ofKind(Catalog c, ObjectKind kind, QualifiedName qn) {
    switch (kind) {
      case TABLE:
        return Optional.of(table(c, qn));
      case VIEW:
      case MATERIALIZED_VIEW:
        return Optional.of(SymbolRef.of(SymbolKind.VIEW,
            c.resolve(c.views(), schemaOf(qn), qn.name()).orElseGet(() -> fallback(c, qn))));
      case INDEX:
        return Optional.of(SymbolRef.of(SymbolKind.INDEX,
            c.resolve(c.indexes(), schemaOf(qn), qn.name()).orElseGet(() -> fallback(c, qn))));
      case SEQUENCE:
        return Optional.of(SymbolRef.of(SymbolKind.SEQUENCE,
            c.resolve(c.sequences(), schemaOf(qn), qn.name()).orElseGet(() -> fallback(c, qn))));
      case TYPE:
      case DOMAIN:
        return Optional.of(type(c, qn));
      case SCHEMA:
        return Optional.of(SymbolRef.schema(qn.name()));
      case EXTENSION:
        return Optional.of(SymbolRef.of(SymbolKind.EXTENSION, new QName(qn.name(), qn.name())));
      case FUNCTION:
      case PROCEDURE:
        return Optional.of(function(c, qn));
      default:
        return Optional.empty();
    }
  }

  static SymbolRef function(Catalog c, QualifiedName qn) {
    for (Name s : schemaOf(qn).map(java.util.List::of).orElseGet(c::effectivePath)) {
      QName q = new QName(s, qn.name());
      if (!c.functionsNamed(q).isEmpty()) {
        return SymbolRef.of(SymbolKind.FUNCTION, q);
      }
    }
    return SymbolRef.of(SymbolKind.FUNCTION, fallback(c, qn));
  }
}
