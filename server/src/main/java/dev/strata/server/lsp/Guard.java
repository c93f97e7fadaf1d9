package dev.strata.server.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Failure containment: a bug in one request fails only that request (an internal-error response)
 * and a bug in a notification only that notification; both are logged to the client.
 */
final class Guard {
  private Guard() {}

  /** Runs a request on the analysis thread; an exception becomes a logged {@link ResponseError}. */
  static <T> CompletableFuture<T> request(Session session, String method, Supplier<T> work) {
    return session.onAnalysisThread(work).handle((value, error) -> {
      if (error == null) {
        return value;
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      session.log.error(method + " failed", cause);
      throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
          method + " failed: " + cause, null));
    });
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
