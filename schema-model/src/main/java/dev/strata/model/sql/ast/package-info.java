/**
 * The statements we model, as immutable records. Every identifier carries its folded name and exact
 * range; expressions and queries keep their text and tokens for later analysis.
 */
package dev.strata.model.sql.ast;
