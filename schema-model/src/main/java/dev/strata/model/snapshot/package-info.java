/**
 * A neutral, comparable description of a database schema: the same shape as the pg-oracle's
 * catalog snapshot (tables with columns in {@code format_type} spelling, keys, foreign keys,
 * checks, indexes; enums; sequences; views; schemas; extensions), so the model's catalog and a
 * real PostgreSQL's {@code pg_catalog} can be put side by side.
 *
 * <p>Invariant: every value here is immutable; maps are sorted by key and lists of named objects
 * by name, so two snapshots of the same state are {@code equals} and print the same. Nothing here
 * does IO or knows about JSON or JDBC; readers of real databases live in the server module.
 */
package dev.strata.model.snapshot;
