/**
 * The Prisma schema language: a parser with exact positions ({@link dev.strata.model.prisma.PrismaSchema}),
 * the PostgreSQL catalog Prisma would create from a schema ({@link dev.strata.model.prisma.PrismaCatalog}),
 * drift between that catalog and a migration history's ({@link dev.strata.model.prisma.Drift}) and the
 * migration that closes it ({@link dev.strata.model.prisma.DriftMigration}). {@link
 * dev.strata.model.prisma.SchemaDrift} is the facade the editor and {@code lint --drift} share: a schema
 * (found next to its migrations folder by {@link dev.strata.model.prisma.SchemaFiles}) held against a
 * history, with its diagnostics, hover ({@link dev.strata.model.prisma.PrismaHover}) and closing migration.
 *
 * <p>Invariant: nothing here throws on user input; problems are diagnostics with ranges into the
 * schema files. Nothing here reads files: callers pass {@code (FileId, text)}.
 */
package dev.strata.model.prisma;
