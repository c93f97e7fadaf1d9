package dev.strata.model.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that work beside the one applying a history. Applying is sequential (each migration
 * starts from the catalog the previous one left), but two kinds of work around it are not:
 * parsing the migrations of a first analysis, and running the rules over a migration already
 * applied (they read only its immutable catalogs). Both go to one pool, first in first out, with a
 * thread per core: the parses queued at the start run ahead of the apply, which waits only for
 * the migration it needs next, and rule checks queued behind them overlap the later migrations'
 * effects. On a single core everything runs on the caller's thread.
 */
final class Workers {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final ExecutorService POOL = THREADS < 2 ? null : Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "strata-worker-" + NEXT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private Workers() {}

  /** Queues {@code work}; {@link #join} waits for its result. */
  static <T> Future<T> submit(Callable<T> work) {
    if (POOL == null) {
      try {
        return CompletableFuture.completedFuture(work.call());
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return POOL.submit(work);
  }

  /** The result of {@link #submit}; what the work threw is re-thrown as it was thrown. */
  static <T> T join(Future<T> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
