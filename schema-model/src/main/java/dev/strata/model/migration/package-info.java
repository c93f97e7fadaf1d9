/**
 * Migration discovery and ordering for each tool (Prisma, Flyway, golang-migrate, goose, dbmate,
 * diesel, plain folders), the sections each tool applies, and its transaction semantics. Works on
 * relative paths and texts handed in; the directory walk itself belongs to the caller.
 */
package dev.strata.model.migration;
