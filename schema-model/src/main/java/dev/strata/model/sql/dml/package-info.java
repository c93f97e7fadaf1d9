/**
 * Name resolution for DML and queries (SELECT, INSERT, UPDATE, DELETE, WITH) against the schema as
 * it stands at one point in history: every table and column reference with its exact source range
 * and what it resolves to, plus PostgreSQL's resolution errors (42P01, 42703, 42702).
 *
 * <p>Statements are parsed with JSqlParser; its types never leave this package. The schema is seen
 * only through the narrow {@link dev.strata.model.sql.dml.RelationLookup}, which the integrator
 * adapts from the catalog. Invariants: {@link dev.strata.model.sql.dml.DmlResolver} never throws on
 * user SQL; where JSqlParser cannot parse a statement the result says {@code PARSE_FAILED} and no
 * other problem (no false alarms); a relation whose columns are unknown never yields an
 * unknown-column problem.
 */
package dev.strata.model.sql.dml;
