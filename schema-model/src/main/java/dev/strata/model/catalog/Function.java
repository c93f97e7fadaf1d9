package dev.strata.model.catalog;

import java.util.List;

/**
 * A function or procedure; {@code argTypes} are the formatted input argument types, which with
 * the name make its identity ({@link #signature()}). {@code executesDynamicSql} is true when its
 * body runs {@code EXECUTE}: calling it may change the schema in ways no reader can see.
 */
public record Function(QName name, List<String> argTypes, String returns, String language, boolean procedure,
    Origin origin, boolean executesDynamicSql) {
  public Function {
    argTypes = List.copyOf(argTypes);
  }

  /** A function whose body runs no dynamic SQL (or is not known). */
  public Function(QName name, List<String> argTypes, String returns, String language, boolean procedure,
      Origin origin) {
    this(name, argTypes, returns, language, procedure, origin, false);
  }

  /** {@code schema.name(type, type)}, the key the oracle's snapshot uses. */
  public String signature() {
    return signature(name, argTypes);
  }

  public static String signature(QName name, List<String> argTypes) {
    return name.key() + "(" + String.join(", ", argTypes) + ")";
  }

  public Function withName(QName n, Origin o) {
    return new Function(n, argTypes, returns, language, procedure, o, executesDynamicSql);
  }
}
