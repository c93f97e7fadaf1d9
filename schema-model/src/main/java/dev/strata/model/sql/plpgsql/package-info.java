/**
 * PL/pgSQL bodies ({@code DO} blocks, function bodies) read as far as a migration linter needs:
 * the block structure (DECLARE, BEGIN ... EXCEPTION ... END, IF, loops), the SQL statements inside
 * it, parsed by our own parser at their exact offsets in the file, and the facts that make a body's
 * effect unknowable ({@code EXECUTE}). Pure syntax: nothing here knows the catalog.
 */
package dev.strata.model.sql.plpgsql;
