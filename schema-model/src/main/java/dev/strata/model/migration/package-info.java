/**
 * Migration discovery and ordering for each tool (Prisma, Flyway, golang-migrate, goose, dbmate,
 * diesel, plain folders), the sections each tool applies, and its transaction semantics.
 *
 * <p>Entry points: {@link dev.strata.model.migration.MigrationDiscovery#discover} finds and orders
 * every root of a project; {@link dev.strata.model.migration.MigrationReader#reread} re-applies a
 * tool's section rules to an edited file.
 *
 * <p>Invariant: nothing here walks directories or opens files. Discovery works on relative paths
 * (forward slashes) and a text provider handed in; the server owns the walk.
 *
 * <p>Invariant: a {@link dev.strata.model.migration.Migration}'s {@code sql} has exactly the
 * length and line structure of its {@code text}; parts the tool does not apply are spaces, so every
 * offset into {@code sql} is an offset into the file.
 *
 * <p>Invariant: the apply order, names and skipped files of every corpus history equal those of
 * the PostgreSQL oracle that produced its expected.json ({@code DiscoveryCorpusTest}).
 */
package dev.strata.model.migration;
