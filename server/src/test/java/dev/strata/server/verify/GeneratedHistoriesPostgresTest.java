package dev.strata.server.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Differential test: random migration histories ({@link HistoryGenerator}) replayed in PostgreSQL
 * and analysed by the model; after every migration the verdicts and, when PostgreSQL accepted it,
 * the schemas must agree ({@link DifferentialReplay}). A disagreement is shrunk
 * ({@link HistoryShrinker}) and printed as SQL before the test fails.
 *
 * <p>System properties: {@code strata.genSeed=N} replays only the history of seed N;
 * {@code strata.genBase=N} starts the run's seeds at N (default 1000, so CI is deterministic;
 * {@code random} picks a random base, printed, to explore);
 * {@code strata.genCount} is the number of histories (default 260).
 */
class GeneratedHistoriesPostgresTest {
  private static final int SHOWN = 3;
  /** The seeds CI runs; {@code -Dstrata.genBase=random} explores new ones. */
  private static final long DEFAULT_BASE = 1000;

  @Test
  void modelAgreesWithPostgresOnGeneratedHistories() throws SQLException {
    Long one = Long.getLong("strata.genSeed");
    String requested = System.getProperty("strata.genBase", String.valueOf(DEFAULT_BASE));
    long base = one != null ? one
        : requested.equals("random") ? new SecureRandom().nextInt(1 << 30) : Long.parseLong(requested);
    int count = one != null ? 1 : Integer.getInteger("strata.genCount", 260);
    System.out.println("generated histories: seeds " + base + ".." + (base + count - 1)
        + " (rerun one with -Dstrata.genSeed=N, all with -Dstrata.genBase=" + base + ")");
    long start = System.nanoTime();
    int migrations = 0;
    int statements = 0;
    int faults = 0;
    int rejected = 0;
    int agreements = 0;
    List<String> failures = new ArrayList<>();
    try (ScratchDatabase db = ScratchDatabase.create(VerifyTesting.server(), Instant.now());
        Connection c = DriverManager.getConnection(db.url().withParameter("preferQueryMode", "simple").jdbc())) {
      c.setAutoCommit(true);
      DifferentialReplay replay = new DifferentialReplay(c);
      for (long seed = base; seed < base + count; seed++) {
        GeneratedHistory h = HistoryGenerator.generate(seed);
        DifferentialReplay.Result result = replay.run(h);
        migrations += result.migrations();
        statements += result.statements();
        rejected += result.rejected();
        agreements += result.agreements();
        faults += h.faultCount();
        if (result.disagreement().isPresent() && failures.size() < SHOWN) {
          GeneratedHistory small = HistoryShrinker.shrink(replay, h);
          Optional<String> why = replay.run(small).disagreement();
          String report = "seed " + seed + ": " + why.orElse(result.disagreement().get()) + "\n" + small.text();
          System.out.println("DISAGREEMENT " + report);
          failures.add(report);
        } else if (result.disagreement().isPresent()) {
          failures.add("seed " + seed + ": " + result.disagreement().get());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("generated histories: %d histories, %d migrations run, %d statements run, %d faults injected, "
        + "%d migrations rejected by PostgreSQL, %d agreements, %d disagreements, %.1f s%n", count, migrations,
        statements, faults, rejected, agreements, failures.size(), seconds);
    failures.forEach(f -> System.out.println("DISAGREEMENT " + f.lines().findFirst().orElse("")));
    if (!failures.isEmpty()) {
      fail(failures.size() + " histories where the model and PostgreSQL disagree; the first:\n" + failures.get(0));
    }
    assertTrue(agreements >= migrations && statements > 0, "every migration run must have been compared");
  }
}
