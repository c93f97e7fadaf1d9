package dev.strata.model.prisma;

import dev.strata.model.text.FileId;
import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/** A {@code model} or {@code view} block with its fields and block attributes. */
public record PrismaModel(
    FileId file, boolean view, String name, TextRange nameRange, List<PrismaField> fields,
    List<PrismaAttribute> attributes, TextRange range) {

  public PrismaModel {
    fields = List.copyOf(fields);
    attributes = List.copyOf(attributes);
  }

  public Optional<PrismaField> field(String n) {
    return fields.stream().filter(f -> f.name().equals(n)).findFirst();
  }

  public List<PrismaAttribute> attributes(String n) {
    return attributes.stream().filter(a -> a.name().equals(n)).toList();
  }

  /** The table name: {@code @@map("...")} or the model name. */
  public String dbName() {
    return attributes("map").stream().findFirst().flatMap(PrismaAttribute::positional)
        .filter(v -> v instanceof PrismaValue.Str).map(v -> ((PrismaValue.Str) v).value()).orElse(name);
  }

  /** The {@code @@schema("...")} of a multi-schema datasource, if any. */
  public Optional<String> schema() {
    return attributes("schema").stream().findFirst().flatMap(PrismaAttribute::positional)
        .filter(v -> v instanceof PrismaValue.Str).map(v -> ((PrismaValue.Str) v).value());
  }

  /** True for {@code @@ignore}: Prisma leaves the table alone. */
  public boolean ignored() {
    return !attributes("ignore").isEmpty();
  }
}
