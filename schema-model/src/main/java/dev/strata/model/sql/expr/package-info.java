/**
 * Scalar expressions as PostgreSQL's grammar reads them: {@link dev.strata.model.sql.expr.ExprParser}
 * turns the tokens of a DEFAULT, CHECK, generated-column, index-key or index-predicate expression
 * into a small {@link dev.strata.model.sql.expr.SqlExpr} tree, with PostgreSQL's operator
 * precedence. The tree is pure syntax: names are tokens, literals are untyped; typing against the
 * catalog and printing the way {@code pg_get_expr} does happen in {@code dev.strata.model.effect}.
 * Invariant: parsing never throws; input outside the supported forms yields an empty result.
 */
package dev.strata.model.sql.expr;
