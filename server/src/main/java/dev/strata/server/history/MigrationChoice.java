package dev.strata.server.history;

import dev.strata.model.analysis.MigrationResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration a command-line argument names: its full name (or file path), else the one
 * migration whose name starts with it. Anything else is {@link Unknown} with a message that says
 * what was looked for and what exists.
 */
sealed interface MigrationChoice {

  /** The migration found and the history it belongs to. */
  record Found(AnalysedRoot root, MigrationResult result) implements MigrationChoice {}

  /** Nothing or more than one migration matches; {@code message} says which. */
  record Unknown(String message) implements MigrationChoice {}

  static MigrationChoice find(List<AnalysedRoot> roots, String query) {
    List<Found> exact = new ArrayList<>();
    List<Found> prefixed = new ArrayList<>();
    for (AnalysedRoot root : roots) {
      for (MigrationResult r : root.analysis().results()) {
        String name = r.migration().name();
        if (name.equals(query) || r.migration().file().path().equals(query)) {
          exact.add(new Found(root, r));
        } else if (name.startsWith(query)) {
          prefixed.add(new Found(root, r));
        }
      }
    }
    List<Found> hits = exact.isEmpty() ? prefixed : exact;
    if (hits.size() == 1) {
      return hits.get(0);
    }
    if (hits.isEmpty()) {
      return new Unknown("no migration is named or starts with '" + query + "'" + known(roots));
    }
    return new Unknown("'" + query + "' matches " + hits.size() + " migrations ("
        + String.join(", ", hits.stream().map(f -> f.result().migration().name()).toList())
        + "); give more of the name");
  }

  private static String known(List<AnalysedRoot> roots) {
    List<String> names = roots.stream().flatMap(r -> r.analysis().migrations().stream()).map(m -> m.name()).toList();
    if (names.isEmpty()) {
      return " (no migrations found)";
    }
    return " (migrations: " + names.get(0) + (names.size() > 1 ? " … " + names.get(names.size() - 1) : "") + ")";
  }
}
