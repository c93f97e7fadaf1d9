package dev.strata.server.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;

/** A language client that records what the server sends and lets a test wait for it. */
final class RecordingClient implements StrataClient {
  private final List<PublishDiagnosticsParams> published = new ArrayList<>();
  private final List<MessageParams> logs = new ArrayList<>();
  private final List<RegistrationParams> registrations = new ArrayList<>();
  private final List<StrataProtocol.Status> statuses = new ArrayList<>();
  /** What {@code workspace/configuration} answers for the strata section; null like Eglot's. */
  volatile Object configuration;

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams p) {
    published.add(p);
    notifyAll();
  }

  @Override
  public synchronized void logMessage(MessageParams m) {
    logs.add(m);
    notifyAll();
  }

  @Override
  public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
    registrations.add(params);
    notifyAll();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    return CompletableFuture.completedFuture(Arrays.asList(configuration));
  }

  @Override
  public synchronized void status(StrataProtocol.Status status) {
    statuses.add(status);
    notifyAll();
  }

  /** Waits for a {@code strata/status} notification matching {@code p}. */
  synchronized StrataProtocol.Status awaitStatus(Predicate<StrataProtocol.Status> p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Optional<StrataProtocol.Status> s = statuses.stream().filter(p).findFirst();
      if (s.isPresent()) {
        return s.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching strata/status; got " + statuses);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams m) {}

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
    return CompletableFuture.completedFuture(null);
  }

  /** Waits for a publish for {@code uri} matching {@code p}, counting only those after {@code from}. */
  synchronized PublishDiagnosticsParams awaitPublish(String uri, int from, Predicate<PublishDiagnosticsParams> p)
      throws InterruptedException {
    return awaitPublish(uri, from, p, Duration.ofSeconds(60));
  }

  /** The same, waiting at most {@code limit} (for the slow robustness cases). */
  synchronized PublishDiagnosticsParams awaitPublish(String uri, int from, Predicate<PublishDiagnosticsParams> p,
      Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      for (int i = from; i < published.size(); i++) {
        PublishDiagnosticsParams each = published.get(i);
        if (each.getUri().equals(uri) && p.test(each)) {
          return each;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching publish for " + uri + "; got " + publishedUris(from));
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** How many publishes so far: pass to {@link #awaitPublish} to wait for newer ones only. */
  synchronized int publishCount() {
    return published.size();
  }

  synchronized List<PublishDiagnosticsParams> publishedSince(int from) {
    return List.copyOf(published.subList(from, published.size()));
  }

  synchronized Optional<MessageParams> awaitLog(Predicate<String> p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<MessageParams> m = logs.stream().filter(l -> p.test(l.getMessage())).findFirst();
      if (m.isPresent()) {
        return m;
      }
      wait(100);
    }
    return Optional.empty();
  }

  synchronized List<RegistrationParams> registrations() {
    return List.copyOf(registrations);
  }

  private List<String> publishedUris(int from) {
    return published.subList(from, published.size()).stream()
        .map(p -> p.getUri() + " v" + p.getVersion() + " " + p.getDiagnostics().size()).toList();
  }
}
