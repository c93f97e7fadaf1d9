package dev.strata.model.sql.ast;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/** {@code name}, {@code schema.name} or {@code db.schema.name}; the last part is the object's name. */
public record QualifiedName(List<Ident> parts) {
  public QualifiedName {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("empty qualified name");
    }
  }

  public static QualifiedName of(Ident ident) {
    return new QualifiedName(List.of(ident));
  }

  public Ident last() {
    return parts.get(parts.size() - 1);
  }

  public Name name() {
    return last().name();
  }

  public Optional<Ident> schema() {
    return parts.size() >= 2 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
  }

  public TextRange range() {
    return parts.get(0).range().cover(last().range());
  }

  @Override
  public String toString() {
    return String.join(".", parts.stream().map(Ident::value).toList());
  }
}
