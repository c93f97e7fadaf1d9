package dev.strata.model.analysis;

import java.util.Locale;

/** What kind of schema object a name denotes, for hover, symbols and completion items. */
public enum SymbolKind {
  SCHEMA,
  EXTENSION,
  TABLE,
  VIEW,
  SEQUENCE,
  INDEX,
  TYPE,
  ENUM_LABEL,
  COLUMN,
  CONSTRAINT,
  FUNCTION,
  TRIGGER;

  /** Lower-case words, e.g. {@code enum label}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** True for kinds whose {@link SymbolRef#member()} names a part of another object. */
  public boolean isMember() {
    return this == COLUMN || this == CONSTRAINT || this == ENUM_LABEL || this == TRIGGER;
  }
}
