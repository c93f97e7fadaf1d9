package dev.strata.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs every hand-made hostile input through all model entry points (see {@link FuzzTargets}):
 * none may throw or report a range outside its file, and each finishes within 30 s (a hang guard;
 * the time per 100 KB is printed, not asserted).
 */
class HostileInputTest {
  private static final Duration HANG = Duration.ofSeconds(30);

  @Test
  void hostileSqlIsAnsweredWithDiagnosticsNotCrashes() {
    assertEquals(List.of(), campaign("hand-made hostile SQL", "Analysis", HostileInputs.sql(), FuzzTargets::sql));
  }

  @Test
  void hostilePrismaIsAnsweredWithProblemsNotCrashes() {
    assertEquals(List.of(), campaign("hand-made hostile Prisma", "PrismaSchema.parse", HostileInputs.prisma(), FuzzTargets::prisma));
  }

  private static List<String> campaign(String name, String timed, Map<String, String> inputs,
      Function<String, FuzzTargets.Run> targets) {
    FuzzCorpus.sql().stream().limit(3).forEach(FuzzTargets::sql); // warm-up, not counted
    CampaignStats stats = new CampaignStats(name, timed);
    List<String> crashes = new ArrayList<>();
    inputs.forEach((label, input) -> {
      FuzzTargets.Run run = assertTimeoutPreemptively(HANG, () -> {
        long t0 = System.nanoTime();
        FuzzTargets.Run r = targets.apply(input);
        stats.record(input.length(), System.nanoTime() - t0, r);
        return r;
      }, label);
      System.out.printf("  %-40s %9d chars  %s: %7.1f ms%n", label, input.length(), timed, run.userNanos() / 1e6);
      run.violations().forEach(v -> crashes.add(label + ": " + v));
    });
    System.out.println(stats.line());
    return crashes;
  }
}
