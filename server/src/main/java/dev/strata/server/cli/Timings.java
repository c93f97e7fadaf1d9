package dev.strata.server.cli;

/**
 * Phase times of one CLI run on stderr, for finding where start-up goes: enabled with
 * {@code JAVA_OPTS=-Dstrata.timings=true}. The first mark is taken when {@code main} starts; each
 * prints the time since then and since the previous mark.
 */
public final class Timings {
  private static final boolean ON = Boolean.getBoolean("strata.timings");
  private static long first = -1;
  private static long last = -1;

  private Timings() {}

  public static void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    if (first < 0) {
      first = now;
      last = now;
    }
    System.err.printf("timing %-12s at %4d ms (+%d ms)%n", phase, (now - first) / 1_000_000, (now - last) / 1_000_000);
    last = now;
  }
}
