/**
 * Diagnostics as plain data: codes with SQLSTATEs, severities, messages, related locations and
 * fixes as text edits. Nothing here imports org.eclipse.lsp4j; the server translates.
 */
package dev.strata.model.diag;
