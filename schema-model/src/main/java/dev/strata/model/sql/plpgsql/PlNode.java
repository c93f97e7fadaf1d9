package dev.strata.model.sql.plpgsql;

import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.Token;
import dev.strata.model.text.TextRange;
import java.util.List;

/** One piece of a PL/pgSQL body, in source order. */
public sealed interface PlNode {
  TextRange range();

  /** An SQL statement the body runs (DDL or DML), parsed at its offset in the file. */
  record Sql(ParsedStatement parsed) implements PlNode {
    @Override
    public TextRange range() {
      return parsed.statement().range();
    }
  }

  /**
   * {@code [DECLARE ...] BEGIN ... [EXCEPTION WHEN c THEN ...] END}. {@code handlers} are the condition
   * names of the exception clause, lower-case ({@code duplicate_object}, {@code others}); when one is
   * present, an error inside the block rolls the whole block back and the handler runs instead.
   */
  record Block(List<PlNode> body, List<String> handlers, TextRange range) implements PlNode {
    public Block {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
    }
  }

  /**
   * A body that may run zero or more times depending on data we cannot see: the branches of IF and
   * CASE, the bodies of LOOP, WHILE, FOR and FOREACH, and the exception handlers.
   */
  record Branch(String kind, List<PlNode> body, TextRange range) implements PlNode {
    public Branch {
      body = List.copyOf(body);
    }
  }

  /** {@code EXECUTE <expression>}: SQL built at run time, whose effect cannot be read. */
  record Execute(TextRange range) implements PlNode {}

  /** {@code PERFORM <query>}: a query whose result is discarded, typically a function call. */
  record Perform(List<Token> tokens, TextRange range) implements PlNode {
    public Perform {
      tokens = List.copyOf(tokens);
    }
  }
}
