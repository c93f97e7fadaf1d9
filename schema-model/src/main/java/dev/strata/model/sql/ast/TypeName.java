package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * A type as written. For built-in types the parser puts PostgreSQL's internal type name in {@code
 * name} ({@code int4}, {@code int8}, {@code varchar}, {@code bpchar}, {@code float8},
 * {@code timestamptz}, {@code bool}, {@code numeric}, ... — pg_type.typname), whatever the SQL
 * spelling ({@code integer}, {@code character varying}, {@code timestamp with time zone}); the
 * pseudo-types {@code serial}, {@code bigserial}, {@code smallserial} keep those names. User types
 * keep their qualified name. {@code modifiers} are the typmod arguments as source text
 * ({@code ["255"]}, {@code ["10", "2"]}); {@code arrayDims} counts {@code []} or {@code ARRAY}.
 */
public record TypeName(QualifiedName name, List<String> modifiers, int arrayDims, boolean builtin, TextRange range) {
  public TypeName {
    modifiers = List.copyOf(modifiers);
  }

  public String baseName() {
    return name.name().value();
  }

  public boolean isArray() {
    return arrayDims > 0;
  }
}
