package dev.strata.model.prisma;

import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * One field of a model: {@code name Type? @attr...}. {@code type} is the type name as written
 * ({@code String}, an enum or a model); {@code optional} is {@code ?}, {@code list} is {@code []}.
 */
public record PrismaField(
    String name,
    TextRange nameRange,
    String type,
    TextRange typeRange,
    boolean optional,
    boolean list,
    List<PrismaAttribute> attributes,
    TextRange range) {

  public PrismaField {
    attributes = List.copyOf(attributes);
  }

  /** The field attribute called {@code name} ({@code id}, {@code db.VarChar}), if present. */
  public Optional<PrismaAttribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The native type attribute ({@code @db.X}), if present. */
  public Optional<PrismaAttribute> nativeType() {
    return attributes.stream().filter(a -> a.name().startsWith("db.")).findFirst();
  }

  /** The column name: {@code @map("...")} or the field name. */
  public String dbName() {
    return attribute("map").flatMap(a -> a.positional()).filter(v -> v instanceof PrismaValue.Str)
        .map(v -> ((PrismaValue.Str) v).value()).orElse(name);
  }
}
