package dev.strata.model.sql;

import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.parse.DdlParser;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses SQL text into {@link Statement} records: lex, split like psql, parse each statement with
 * our PostgreSQL DDL parser. It never throws on user input; a statement it cannot read becomes a
 * {@link Statement.ParseError} and parsing continues with the next one.
 */
public final class SqlParser {
  private SqlParser() {}

  /** Every statement of {@code source}, in order. An unterminated trailing comment yields a ParseError too. */
  public static List<ParsedStatement> parse(String source) {
    List<Token> tokens = Lexer.lex(source);
    List<RawStatement> raws = Splitter.split(tokens);
    List<ParsedStatement> out = new ArrayList<>(raws.size() + 1);
    Token openComment = unterminatedComment(tokens);
    for (int i = 0; i < raws.size(); i++) {
      RawStatement raw = raws.get(i);
      boolean last = i == raws.size() - 1;
      if (last && openComment != null && !raw.terminated()) {
        out.add(new ParsedStatement(commentError(openComment, raw.range().cover(openComment.range())), raw));
        openComment = null;
      } else {
        out.add(new ParsedStatement(parseStatement(source, raw), raw));
      }
    }
    if (openComment != null) {
      RawStatement raw = new RawStatement(openComment.range(), List.of(), List.of(openComment), false);
      out.add(new ParsedStatement(commentError(openComment, openComment.range()), raw));
    }
    return out;
  }

  /** Parses one statement the splitter found in {@code source}. */
  public static Statement parseStatement(String source, RawStatement raw) {
    return DdlParser.parse(source, raw);
  }

  private static Token unterminatedComment(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    Token last = tokens.get(tokens.size() - 1);
    return last.is(TokenKind.BLOCK_COMMENT) && last.unterminated() ? last : null;
  }

  private static Statement commentError(Token comment, TextRange range) {
    return new Statement.ParseError(DdlParser.lexicalMessage(comment), comment.range(), range);
  }
}
