package dev.strata.model.prisma;

import dev.strata.model.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A field attribute ({@code @id}, {@code @db.VarChar(255)}) or block attribute ({@code @@index(...)}).
 * {@code name} is written without the at signs ({@code id}, {@code db.VarChar}, {@code index});
 * {@code range} covers the whole attribute including its arguments.
 */
public record PrismaAttribute(String name, boolean block, List<PrismaArg> args, TextRange range) {
  public PrismaAttribute {
    args = List.copyOf(args);
  }

  /** The argument called {@code key}, or for {@code key == "fields"}/{@code "name"} also the first positional one. */
  public Optional<PrismaValue> arg(String key) {
    for (PrismaArg a : args) {
      if (a.name().map(key::equals).orElse(false)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /** The first positional argument. */
  public Optional<PrismaValue> positional() {
    return args.stream().filter(a -> a.name().isEmpty()).map(PrismaArg::value).findFirst();
  }

  /** A string argument by name, e.g. {@code map: "users_email_key"}. */
  public Optional<String> string(String key) {
    return arg(key).filter(v -> v instanceof PrismaValue.Str).map(v -> ((PrismaValue.Str) v).value());
  }
}
