package dev.strata.model.analysis;

import dev.strata.model.text.FileId;
import dev.strata.model.text.FileRange;
import java.util.List;
import java.util.Optional;

/**
 * Find references: every statement of the whole history that names the object under the cursor,
 * following renames (a column renamed later is the same object under both names) but not across
 * a drop (an object created again under the same name is another object). Aliases are not names
 * of the object and are left out.
 */
public final class References {
  private References() {}

  /** The references in history order; with {@code includeDeclaration}, the defining names too. */
  public static List<FileRange> of(Analysis a, FileId file, int offset, boolean includeDeclaration) {
    SymbolIndex idx = SymbolIndex.of(a);
    Optional<Occurrence> at = idx.at(file, offset);
    if (at.isEmpty()) {
      return List.of();
    }
    return idx.withIdentity(at.get().identity()).stream()
        .filter(o -> o.role() != Occurrence.Role.ALIAS)
        .filter(o -> includeDeclaration || !o.isDefinition())
        .sorted()
        .map(Occurrence::location)
        .toList();
  }
}
