/**
 * The boundary between the model's plain data and LSP4J: {@link dev.strata.server.convert.FromLsp}
 * turns positions into char offsets (and reads the client's preferred hover format),
 * {@link dev.strata.server.convert.ToLsp} turns model diagnostics, fixes, hovers, completions,
 * symbols, locations and code-lens labels into protocol objects.
 *
 * <p>Invariant: lines and UTF-16 columns exist only here; everything on the model side is a char
 * offset into the exact text that was analysed. Nothing here holds state or does IO.
 */
package dev.strata.server.convert;
