package dev.strata.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request the client cancels is answered on the wire with RequestCancelled and the server goes
 * on; a handler that crashes (forced through {@link Guard#beforeRequest}) fails its own request
 * with InternalError, and the next requests of that and other kinds are answered.
 */
class RequestFailureTest {
  @TempDir Path temp;

  @AfterEach
  void resetHook() {
    Guard.beforeRequest = method -> {};
  }

  private Path align(Path folder) {
    return folder.resolve("apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql");
  }

  private static CodeActionParams codeAction(Path f) {
    return new CodeActionParams(new TextDocumentIdentifier(LspHarness.uri(f)),
        new Range(new Position(0, 0), new Position(400, 0)), new CodeActionContext(List.of()));
  }

  @Test
  void aCancelledRequestIsAnsweredAsCancelledOnTheWire() throws Exception {
    Path folder = WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), temp.resolve("ws"));
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger codeActionsRun = new AtomicInteger();
    Guard.beforeRequest = method -> {
      if (method.equals("textDocument/codeAction")) {
        codeActionsRun.incrementAndGet();
      }
      if (method.equals("textDocument/hover") && entered.getCount() > 0) {
        entered.countDown();
        await(release);
      }
    };
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      CompletableFuture<?> blocked = lsp.server.getTextDocumentService().hover(
          new HoverParams(new TextDocumentIdentifier(LspHarness.uri(align(folder))), new Position(0, 0)));
      assertTrue(entered.await(20, TimeUnit.SECONDS), "the hover reached its handler");
      CompletableFuture<List<Either<Command, CodeAction>>> queued =
          lsp.server.getTextDocumentService().codeAction(codeAction(align(folder)));
      queued.cancel(true);
      ResponseMessage answer = awaitError(lsp, ResponseErrorCode.RequestCancelled.getValue());
      assertTrue(answer.getError().getMessage().contains("cancel"), answer.getError().getMessage());
      release.countDown();
      blocked.get(60, TimeUnit.SECONDS);
      List<Either<Command, CodeAction>> after = lsp.server.getTextDocumentService()
          .codeAction(codeAction(align(folder))).get(60, TimeUnit.SECONDS);
      assertTrue(after.stream().anyMatch(a -> a.getRight().getTitle().contains("client_id")), after.toString());
      assertEquals(1, codeActionsRun.get(), "the cancelled code action never ran; the later one did");
    } finally {
      release.countDown();
    }
  }

  @Test
  void aCrashInOneHandlerFailsThatRequestOnly() throws Exception {
    Path folder = WorkspaceCopy.of(LspHarness.testWorkspace("prisma-p3006"), temp.resolve("ws"));
    Guard.beforeRequest = method -> {
      if (method.equals("textDocument/codeAction")) {
        throw new IllegalStateException("forced crash in codeAction");
      }
    };
    try (LspHarness lsp = new LspHarness().start(folder, null)) {
      lsp.client.awaitPublish(LspHarness.uri(align(folder)), 0, p -> !p.getDiagnostics().isEmpty());
      ExecutionException failed = assertThrows(ExecutionException.class,
          () -> lsp.server.getTextDocumentService().codeAction(codeAction(align(folder))).get(60, TimeUnit.SECONDS));
      ResponseErrorException error = (ResponseErrorException) failed.getCause();
      assertEquals(ResponseErrorCode.InternalError.getValue(), error.getResponseError().getCode());
      assertTrue(error.getResponseError().getMessage().contains("forced crash in codeAction"));
      // Another kind of request is untouched (it completes normally; a failure would throw here).
      lsp.server.getTextDocumentService().hover(new HoverParams(
          new TextDocumentIdentifier(LspHarness.uri(align(folder))), new Position(0, 0))).get(60, TimeUnit.SECONDS);
      Guard.beforeRequest = method -> {};
      List<Either<Command, CodeAction>> again = lsp.server.getTextDocumentService()
          .codeAction(codeAction(align(folder))).get(60, TimeUnit.SECONDS);
      assertTrue(again.stream().anyMatch(a -> a.getRight().getTitle().contains("client_id")), again.toString());
      assertTrue(lsp.client.awaitLog(m -> m.contains("textDocument/codeAction failed")).isPresent());
    }
  }

  private static ResponseMessage awaitError(LspHarness lsp, int code) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      for (ResponseMessage r : lsp.responses) {
        if (r.getError() != null && r.getError().getCode() == code) {
          return r;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no response with error " + code + "; got " + lsp.responses);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
