/**
 * {@code strata status}: the pre-flight check before a deploy. Reads the migration tool's
 * bookkeeping table and the live catalog of a database, inside one {@code READ ONLY} transaction
 * ({@link dev.strata.server.status.ReadOnlySession}), and reports per migration of the history
 * whether it is applied, pending, failed, changed since it was applied, or recorded without a file
 * on disk ({@link dev.strata.server.status.HistoryStatus}), then the schema drift between the
 * database and the model after the applied migrations.
 *
 * <p>Invariants: nothing here writes to the database (the transaction is read-only and always rolled
 * back); passwords never reach output ({@link dev.strata.server.verify.DatabaseUrl#masked()}).
 * Everything but {@link dev.strata.server.status.ReadOnlySession} and
 * {@link dev.strata.server.status.BookkeepingTable} is pure.
 */
package dev.strata.server.status;
