package dev.strata.model.analysis;

import dev.strata.model.text.TextRange;

/** Hover text for the name at {@code range}, as markdown and as plain text for clients that ask for it. */
public record HoverResult(String markdown, String plainText, TextRange range) {
  static HoverResult of(String markdown, TextRange range) {
    return new HoverResult(markdown, Links.plain(markdown), range);
  }
}
