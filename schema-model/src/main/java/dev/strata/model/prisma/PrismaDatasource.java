package dev.strata.model.prisma;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@code datasource} block: its {@code provider} and, for multi-schema projects, {@code schemas}. */
public record PrismaDatasource(FileId file, String name, TextRange nameRange, Map<String, PrismaValue> properties,
    TextRange range) {

  public PrismaDatasource {
    properties = Map.copyOf(properties);
  }

  public Optional<String> provider() {
    return Optional.ofNullable(properties.get("provider")).filter(v -> v instanceof PrismaValue.Str)
        .map(v -> ((PrismaValue.Str) v).value());
  }

  /** The {@code schemas = [...]} list, empty when absent. */
  public List<String> schemas() {
    PrismaValue v = properties.get("schemas");
    if (v == null) {
      return List.of();
    }
    return v.items().stream().filter(i -> i instanceof PrismaValue.Str).map(i -> ((PrismaValue.Str) i).value())
        .toList();
  }
}
