package dev.strata.model.analysis;

import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import java.util.Objects;
import java.util.Optional;

/**
 * A name of a schema object as one point in history sees it: {@code object} is the schema-scoped
 * object (a table, type, index...; for a schema, {@code schema.schema}), {@code member} the column,
 * constraint, trigger or enum label of it. The same object under a later name is a different
 * {@code SymbolRef}; {@link Occurrence#identity()} is what follows renames.
 *
 * <p>{@link #key()} uses the object-event key format ({@code table:public.users},
 * {@code column:public.users.email}) so it can be matched with {@code ObjectEvent} keys.
 */
public record SymbolRef(SymbolKind kind, QName object, Optional<Name> member) {
  public SymbolRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(member, "member");
  }

  public static SymbolRef of(SymbolKind kind, QName object) {
    return new SymbolRef(kind, object, Optional.empty());
  }

  public static SymbolRef member(SymbolKind kind, QName object, Name member) {
    return new SymbolRef(kind, object, Optional.of(member));
  }

  public static SymbolRef schema(Name schema) {
    return of(SymbolKind.SCHEMA, new QName(schema, schema));
  }

  /** The key of this name in object-event format; enum labels use {@code label:schema.type.label}. */
  public String key() {
    if (kind == SymbolKind.SCHEMA) {
      return "schema:" + object.name().value();
    }
    if (kind == SymbolKind.EXTENSION) {
      return "extension:" + object.name().value();
    }
    String base = keyWord() + ":" + object.key();
    return member.map(m -> base + "." + m.value()).orElse(base);
  }

  private String keyWord() {
    if (kind == SymbolKind.ENUM_LABEL) {
      return "label";
    }
    return kind.label();
  }

  /** The name a user reads: {@code users.email}, {@code status 'active'}, {@code users}. */
  public String display() {
    if (kind == SymbolKind.SCHEMA || kind == SymbolKind.EXTENSION) {
      return object.name().value();
    }
    String base = object.schema().equals(QName.PUBLIC) ? object.name().value() : object.key();
    if (kind == SymbolKind.ENUM_LABEL) {
      return base + " '" + member.map(Name::value).orElse("") + "'";
    }
    return member.map(m -> base + "." + m.value()).orElse(base);
  }

  /** The last part of the name: the member when there is one. */
  public Name simpleName() {
    return member.orElse(object.name());
  }

  /** The object this member belongs to, as a ref of the given kind. */
  public SymbolRef owner(SymbolKind ownerKind) {
    return of(ownerKind, object);
  }
}
