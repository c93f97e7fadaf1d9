package dev.strata.model.prisma;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/** An {@code enum} block: its values (each possibly {@code @map}ped) and block attributes. */
public record PrismaEnum(
    FileId file, String name, TextRange nameRange, List<Value> values, List<PrismaAttribute> attributes,
    TextRange range) {

  public PrismaEnum {
    values = List.copyOf(values);
    attributes = List.copyOf(attributes);
  }

  /** One enum value; {@code dbName} is the label in the database ({@code @map} or the name). */
  public record Value(String name, TextRange range, Optional<String> mapped) {
    public String dbName() {
      return mapped.orElse(name);
    }
  }

  /** The type name: {@code @@map("...")} or the enum name. */
  public String dbName() {
    return attribute("map").flatMap(PrismaAttribute::positional).filter(v -> v instanceof PrismaValue.Str)
        .map(v -> ((PrismaValue.Str) v).value()).orElse(name);
  }

  public Optional<String> schema() {
    return attribute("schema").flatMap(PrismaAttribute::positional).filter(v -> v instanceof PrismaValue.Str)
        .map(v -> ((PrismaValue.Str) v).value());
  }

  private Optional<PrismaAttribute> attribute(String n) {
    return attributes.stream().filter(a -> a.name().equals(n)).findFirst();
  }
}
