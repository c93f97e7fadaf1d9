package dev.strata.server.verify;

import java.sql.SQLException;

/**
 * Shrinks a history that shows a disagreement: removes whole migrations, then single statements,
 * keeping each removal after which some disagreement remains, until nothing more can go (or the
 * time budget of 60 s is spent). Greedy, so the result is small, not necessarily smallest.
 */
final class HistoryShrinker {
  private static final long BUDGET_NANOS = 60_000_000_000L;

  private HistoryShrinker() {}

  static GeneratedHistory shrink(DifferentialReplay replay, GeneratedHistory history) throws SQLException {
    long deadline = System.nanoTime() + BUDGET_NANOS;
    GeneratedHistory h = history;
    boolean progress = true;
    while (progress && System.nanoTime() < deadline) {
      progress = false;
      for (int i = h.migrations().size() - 1; i >= 0 && h.migrations().size() > 1; i--) {
        GeneratedHistory candidate = h.withoutMigration(i);
        if (fails(replay, candidate)) {
          h = candidate;
          progress = true;
        }
      }
      for (int i = h.migrations().size() - 1; i >= 0; i--) {
        for (int k = h.migrations().get(i).statements().size() - 1; k >= 0 && i < h.migrations().size(); k--) {
          if (h.statementCount() == 1) {
            return h;
          }
          GeneratedHistory candidate = h.withMigration(i, h.migrations().get(i).without(k));
          if (fails(replay, candidate)) {
            h = candidate;
            progress = true;
            if (i >= h.migrations().size()) {
              break;
            }
            k = Math.min(k, h.migrations().get(i).statements().size());
          }
        }
      }
    }
    return h;
  }

  private static boolean fails(DifferentialReplay replay, GeneratedHistory h) throws SQLException {
    return replay.run(h).disagreement().isPresent();
  }
}
