package dev.strata.server.lsp;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs validation on the analysis thread a little after the last request: a burst of keystrokes
 * costs one run. Requests merge (a pending rescan stays a rescan), and a run that a newer request
 * overtakes learns it through {@code superseded} so it can skip publishing stale results.
 */
final class Debouncer {
  /** The work: {@code rescan} asks for a fresh walk and discovery, not just new texts. */
  interface Job {
    void run(boolean rescan, BooleanSupplier superseded);
  }

  private final ScheduledExecutorService executor;
  private final Job job;
  private ScheduledFuture<?> pending;
  private boolean pendingRescan;
  private long generation;

  Debouncer(ScheduledExecutorService executor, Job job) {
    this.executor = executor;
    this.job = job;
  }

  synchronized void schedule(boolean rescan, long delayMillis) {
    pendingRescan |= rescan;
    long gen = ++generation;
    if (pending != null) {
      pending.cancel(false);
    }
    pending = executor.schedule(() -> run(gen), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void run(long gen) {
    boolean rescan;
    synchronized (this) {
      if (gen != generation) {
        return;
      }
      rescan = pendingRescan;
      pendingRescan = false;
    }
    job.run(rescan, () -> isSuperseded(gen));
  }

  private synchronized boolean isSuperseded(long gen) {
    return gen != generation;
  }
}
