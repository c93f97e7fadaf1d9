package dev.strata.model.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts one fuzz campaign: inputs, characters, time of all stages, crashes, and the time per
 * 100 KB of the stage a user waits for. The
 * figures are printed (tests never assert timings); memory is the peak heap the JVM saw, sampled
 * from the memory pools.
 */
final class CampaignStats {
  /** Inputs shorter than this are dominated by fixed costs, so they do not count for the worst rate. */
  private static final int RATE_MIN_CHARS = 10_000;

  private final String name;
  private long inputs;
  private long chars;
  private long nanos;
  private double worstMsPer100k;
  private long userNanos;
  private final List<String> crashes = new ArrayList<>();

  private final String timed;

  /** {@code timed} names the stage whose time per 100 KB is reported (see {@link FuzzTargets.Run}). */
  CampaignStats(String name, String timed) {
    this.name = name;
    this.timed = timed;
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** One input: its length, the time of all stages, and the run (the stage a user waits for, violations). */
  synchronized void record(int length, long elapsedNanos, FuzzTargets.Run run) {
    inputs++;
    chars += length;
    nanos += elapsedNanos;
    userNanos += run.userNanos();
    if (length >= RATE_MIN_CHARS) {
      double rate = run.userNanos() / 1e6 * 100_000 / length;
      worstMsPer100k = Math.max(worstMsPer100k, rate);
    }
    run.violations().forEach(v -> crashes.add(v.toString()));
  }

  synchronized List<String> crashes() {
    return List.copyOf(crashes);
  }

  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The line the campaign prints: {@code fuzz: N inputs, M s, K crashes found} and the rates. */
  synchronized String line() {
    double avg = chars == 0 ? 0 : userNanos / 1e6 * 100_000 / chars;
    return String.format(Locale.ROOT,
        "fuzz: %d inputs, %.1f s, %d crashes found [%s: %.2f MB of input; %s: %.1f ms per 100 KB on average, "
            + "worst %.1f ms per 100 KB (inputs >= 10 KB); peak heap %d MB]",
        inputs, nanos / 1e9, crashes.size(), name, chars / 1e6, timed, avg, worstMsPer100k, peakHeapBytes() >> 20);
  }
}
