package dev.strata.model.sql;

import dev.strata.model.sql.ast.Statement;

/** A parsed statement together with the raw statement it came from (tokens, leading comments, range). */
public record ParsedStatement(Statement statement, RawStatement raw) {}
