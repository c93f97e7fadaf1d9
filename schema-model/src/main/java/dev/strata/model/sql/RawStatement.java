package dev.strata.model.sql;

import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * One statement as the splitter found it: its significant tokens (no comments), the comments that
 * stand directly before it (where suppression markers live), and its range from the first token to
 * the terminating semicolon inclusive. {@code terminated} is false for a last statement without ';'.
 */
public record RawStatement(TextRange range, List<Token> tokens, List<Token> leadingComments, boolean terminated) {
  public RawStatement {
    tokens = List.copyOf(tokens);
    leadingComments = List.copyOf(leadingComments);
  }

  public String text(String source) {
    return range.slice(source);
  }

  public Token first() {
    return tokens.get(0);
  }
}
