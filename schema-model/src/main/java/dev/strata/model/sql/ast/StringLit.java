package dev.strata.model.sql.ast;

import dev.strata.model.text.TextRange;

/** A string literal's value (quotes and escapes resolved) and its range. */
public record StringLit(String value, TextRange range) {}
