package dev.strata.model.sql.ast;

import dev.strata.model.sql.Token;
import dev.strata.model.text.TextRange;
import java.util.List;

/**
 * An expression kept as its tokens and exact source text: DEFAULT, CHECK, USING, WHERE, a view's
 * query. Consumers parse it further (JSqlParser for DML, our deparser for defaults) with positions
 * relative to {@code range.start()}.
 */
public record Expr(String text, TextRange range, List<Token> tokens) {
  public Expr {
    tokens = List.copyOf(tokens);
  }

  @Override
  public String toString() {
    return text;
  }
}
