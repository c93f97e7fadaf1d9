/**
 * {@code strata verify}: proof against a real PostgreSQL. Replays each migration root into a
 * throw-away database with its tool's semantics ({@link dev.strata.server.verify.Replayer}), reads
 * the schema after every migration from {@code pg_catalog}
 * ({@link dev.strata.server.verify.PgCatalogReader}) and compares it, and PostgreSQL's errors, with
 * what the model says at the same point.
 *
 * <p>Invariants: only databases named {@code strata_verify_*} that carry the
 * {@link dev.strata.server.verify.ScratchDatabase#MARKER} comment are ever dropped; passwords never
 * reach output ({@link dev.strata.server.verify.DatabaseUrl#masked()}).
 */
package dev.strata.server.verify;
