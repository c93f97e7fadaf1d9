package dev.strata.model.analysis;

import dev.strata.model.text.TextRange;
import java.util.List;

/** The candidates at a cursor and the range of text (the partial word typed so far) they replace. */
public record CompletionResult(TextRange replace, List<CompletionItem> items) {
  public CompletionResult {
    items = List.copyOf(items);
  }
}
