/**
 * The hand-written recursive-descent DDL parser behind {@link dev.strata.model.sql.SqlParser}. It
 * reads the significant tokens of one {@link dev.strata.model.sql.RawStatement} and builds one
 * {@link dev.strata.model.sql.ast.Statement} record. Invariants: every identifier keeps the exact
 * range of the token it was written as; expressions are delimited (balanced parentheses, brackets
 * and CASE ... END) but never parsed further; a syntax problem surfaces as a
 * {@link dev.strata.model.sql.ast.Statement.ParseError}, never as an exception to the caller.
 */
package dev.strata.model.sql.parse;
