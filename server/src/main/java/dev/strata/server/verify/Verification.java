package dev.strata.server.verify;

import dev.strata.model.analysis.Analysis;
import dev.strata.model.migration.MigrationRoot;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code verify} on a server: clears stale scratch databases (older than an hour, marked),
 * then for each migration root analyses it with the model, replays it into its own scratch
 * database, drops that database, and compares.
 */
public final class Verification {
  static final Duration STALE_AFTER = Duration.ofHours(1);

  private Verification() {}

  /**
   * @param server a URL of the server with a role that may create databases; its own database is
   *     only used to create and drop scratch databases
   * @throws SQLException when the server cannot be reached or refuses to create a database
   */
  public static VerifyReport run(DatabaseUrl server, List<MigrationRoot> roots) throws SQLException {
    long start = System.nanoTime();
    ScratchDatabase.dropStale(server, Instant.now(), STALE_AFTER);
    List<RootVerification> out = new ArrayList<>();
    for (MigrationRoot root : roots) {
      Analysis analysis = Analysis.of(root.migrations());
      Replay replay;
      try (ScratchDatabase db = ScratchDatabase.create(server, Instant.now())) {
        replay = Replayer.replay(db.url(), root.migrations());
      }
      out.add(RootVerifier.verify(root, analysis, replay));
    }
    return new VerifyReport(out, (System.nanoTime() - start) / 1e9);
  }
}
