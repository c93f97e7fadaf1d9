/**
 * The immutable point-in-time catalog: schemas, tables, columns, constraints, indexes, types,
 * sequences, views, functions, triggers, extensions. Every object carries the origin of the
 * statement that created or last changed it. Nothing here mutates after construction.
 */
package dev.strata.model.catalog;
