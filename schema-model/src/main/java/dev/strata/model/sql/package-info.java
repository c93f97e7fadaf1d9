/**
 * Reading SQL like PostgreSQL: the lexer, the psql-compatible splitter and the DDL parser that turns
 * statements into {@code ast} records with exact ranges. Invariant: only this package (and its
 * sub-packages) imports net.sf.jsqlparser; nothing outside sees parser types.
 */
package dev.strata.model.sql;
