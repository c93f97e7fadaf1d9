package dev.strata.server.lsp;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Failure containment and cancellation: a bug in one request fails only that request (an
 * internal-error response) and a bug in a notification only that notification; both are logged to
 * the client. A request the client cancels ({@code $/cancelRequest}) is answered at once with
 * {@link ResponseErrorCode#RequestCancelled} (LSP4J does so for a cancelled future), and its work
 * is dropped if it has not started on the analysis thread yet.
 */
final class Guard {
  /**
   * Runs on the analysis thread before every request's work, with the request's method. Tests set
   * it to make one handler throw or wait; it is a no-op otherwise.
   */
  static volatile Consumer<String> beforeRequest = method -> {};

  private Guard() {}

  /** Runs a request on the analysis thread; an exception becomes a logged {@link ResponseError}. */
  static <T> CompletableFuture<T> request(Session session, String method, Supplier<T> work) {
    CompletableFuture<T> running = session.onAnalysisThread(() -> {
      beforeRequest.accept(method);
      return work.get();
    });
    CompletableFuture<T> answer = running.handle((value, error) -> {
      if (error == null) {
        return value;
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause instanceof CancellationException cancelled) {
        throw cancelled;
      }
      session.log.error(method + " failed", cause);
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
          method + " failed: " + cause, null));
    });
    // LSP4J cancels the future it was given; the work it stands for is cancelled with it.
    answer.whenComplete((value, error) -> {
      if (answer.isCancelled()) {
        running.cancel(true);
      }
    });
    return answer;
  }

  /** Runs a notification handler on the protocol thread, logging instead of propagating a bug. */
  static void notification(Session session, String method, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      session.log.error(method + " failed", e);
    }
  }
}
