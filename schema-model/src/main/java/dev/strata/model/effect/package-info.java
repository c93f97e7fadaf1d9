/**
 * The effect of one statement on the catalog: {@link dev.strata.model.effect.Effects#apply} returns
 * the catalog after the statement, the problems PostgreSQL would report and the object events.
 * Invariant: a statement is atomic — when any of its actions fails, the catalog is returned
 * unchanged. Nothing here throws on user SQL.
 */
package dev.strata.model.effect;
