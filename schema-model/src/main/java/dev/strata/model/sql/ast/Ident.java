package dev.strata.model.sql.ast;

import dev.strata.model.catalog.Name;
import dev.strata.model.text.TextRange;

/** An identifier as written: its folded {@link Name}, its exact range, and whether it was quoted. */
public record Ident(Name name, TextRange range, boolean quoted) {
  public String value() {
    return name.value();
  }

  @Override
  public String toString() {
    return name.value();
  }
}
