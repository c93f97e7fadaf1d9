package dev.strata.model.sql.parse;

import dev.strata.model.text.TextRange;

/**
 * Unwinds the parser from the offending token to {@link DdlParser#parse}, which turns it into a
 * {@code ParseError}. It is control flow inside this package, so it carries no stack trace.
 */
final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TextRange at;

  ParseFailure(String message, TextRange at) {
    super(message, null, false, false);
    this.at = at;
  }

  TextRange at() {
    return at;
  }
}
