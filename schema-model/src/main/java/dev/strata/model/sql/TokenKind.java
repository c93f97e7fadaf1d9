package dev.strata.model.sql;

/** Lexical classes of PostgreSQL's SQL, as far as statement splitting and our DDL parser need them. */
public enum TokenKind {
  /** An unquoted word: keyword or identifier; PostgreSQL's parser decides, so do we. */
  WORD,
  /** {@code "..."} or {@code U&"..."}. */
  QUOTED_IDENT,
  /** {@code '...'}, {@code E'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}, {@code U&'...'}. */
  STRING,
  /** {@code $tag$...$tag$}. */
  DOLLAR_STRING,
  NUMBER,
  /** {@code $1}. */
  PARAM,
  OPERATOR,
  LPAREN,
  RPAREN,
  LBRACKET,
  RBRACKET,
  COMMA,
  SEMICOLON,
  DOT,
  COLON,
  /** {@code ::}, the cast operator. */
  CAST,
  LINE_COMMENT,
  BLOCK_COMMENT,
  /** A psql meta-command such as {@code \connect db}, to the end of the line. */
  META_COMMAND,
  /** A character PostgreSQL's lexer would reject. */
  INVALID;

  public boolean isComment() {
    return this == LINE_COMMENT || this == BLOCK_COMMENT;
  }
}
