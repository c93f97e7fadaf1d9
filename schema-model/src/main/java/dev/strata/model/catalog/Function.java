package dev.strata.model.catalog;

import java.util.List;

/**
 * A function or procedure; {@code argTypes} are the formatted input argument types, which with
 * the name make its identity ({@link #signature()}).
 */
public record Function(QName name, List<String> argTypes, String returns, String language, boolean procedure,
    Origin origin) {
  public Function {
    argTypes = List.copyOf(argTypes);
  }

  /** {@code schema.name(type, type)}, the key the oracle's snapshot uses. */
  public String signature() {
    return signature(name, argTypes);
  }

  public static String signature(QName name, List<String> argTypes) {
    return name.key() + "(" + String.join(", ", argTypes) + ")";
  }

  public Function withName(QName n, Origin o) {
    return new Function(n, argTypes, returns, language, procedure, o);
  }
}
