package dev.strata.model.prisma;

import dev.strata.model.text.TextRange;
import java.util.Optional;

/** One argument of an attribute or call: {@code name: value} or a positional value. */
public record PrismaArg(Optional<String> name, PrismaValue value, TextRange range) {}
