package dev.strata.model.prisma;

import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * An attribute argument's value as written: a string, a number, a bare (possibly dotted) name such
 * as {@code Cascade} or {@code true}, a function call such as {@code now()} or
 * {@code dbgenerated("gen_random_uuid()")}, or a list {@code [a, b(sort: Desc)]}.
 */
public sealed interface PrismaValue {
  TextRange range();

  /** A string literal with escapes resolved. */
  record Str(String value, TextRange range) implements PrismaValue {}

  /** A number, kept as written. */
  record Num(String text, TextRange range) implements PrismaValue {}

  /** A bare name: an enum value, {@code true}/{@code false}, a field or a referential action. */
  record Ident(String name, TextRange range) implements PrismaValue {}

  /** A call {@code name(args)}; a field reference with arguments ({@code title(sort: Desc)}) is a call too. */
  record Call(String name, List<PrismaArg> args, TextRange range) implements PrismaValue {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** A list literal. */
  record Array(List<PrismaValue> items, TextRange range) implements PrismaValue {
    public Array {
      items = List.copyOf(items);
    }
  }

  /** The bare name of an identifier or call ({@code title} for {@code title(sort: Desc)}), else empty. */
  default String name() {
    if (this instanceof Ident i) {
      return i.name();
    }
    return this instanceof Call c ? c.name() : "";
  }

  /** The items of a list, or this value alone. */
  default List<PrismaValue> items() {
    return this instanceof Array a ? a.items() : List.of(this);
  }
}
