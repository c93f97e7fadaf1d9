package dev.strata.model.analysis;

import dev.strata.model.text.TextRange;

/**
 * A name found in one statement before identities are assigned: {@code after} says the name is
 * resolved against the catalog after the statement (names the statement creates or renames to).
 */
record Found(SymbolRef ref, TextRange range, Occurrence.Role role, boolean after) {
  static Found ref(SymbolRef ref, TextRange range) {
    return new Found(ref, range, Occurrence.Role.REFERENCE, false);
  }

  static Found def(SymbolRef ref, TextRange range) {
    return new Found(ref, range, Occurrence.Role.DEFINITION, true);
  }
}
