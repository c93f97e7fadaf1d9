package dev.strata.server.lsp;

import dev.strata.model.text.FileId;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's state: workspace folders, settings, open documents and the latest immutable
 * {@link Project} per folder. Analysis runs on one thread; the protocol thread only records texts
 * and schedules. {@link #projects} is always a complete, consistent snapshot.
 */
final class Session {
  final OpenDocuments documents = new OpenDocuments();
  final ClientLog log = new ClientLog();
  private final ScheduledExecutorService analysisThread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "strata-analysis");
    t.setDaemon(true);
    return t;
  });
  private final Debouncer debouncer = new Debouncer(analysisThread, this::validate);
  private final DiagnosticsPublisher publisher = new DiagnosticsPublisher();
  private volatile LanguageClient client;
  private volatile List<Path> folders = List.of();
  private volatile ServerSettings settings = ServerSettings.DEFAULT;
  private volatile List<Project> projects = List.of();
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  /**
   * Whether the client has said {@code initialized}. The first analysis starts with
   * {@code initialize}, but nothing is published before the client confirms it has our answer;
   * read and written on the analysis thread only.
   */
  private boolean clientReady;

  /** A file of the workspace: the project holding it and the model's id for it. */
  record Located(Project project, FileId file) {}

  void connect(LanguageClient c) {
    client = c;
    log.connect(c);
  }

  void setCapabilities(ClientCapabilities caps) {
    capabilities = caps;
  }

  /** What the client said it supports in {@code initialize}; empty capabilities before that. */
  ClientCapabilities capabilities() {
    return capabilities;
  }

  void setFolders(List<Path> paths) {
    folders = List.copyOf(paths);
  }

  List<Path> folders() {
    return folders;
  }

  ServerSettings settings() {
    return settings;
  }

  /** Applies parsed settings, logging each bad value; a change of settings re-discovers at once. */
  void applySettings(ServerSettings.Parsed parsed) {
    parsed.warnings().forEach(log::warning);
    boolean changed = !parsed.settings().equals(settings);
    settings = parsed.settings();
    if (changed) {
      revalidateNow(true);
    }
  }

  /** Settings known before the first analysis (initializationOptions): no run is scheduled. */
  void applySettingsQuietly(ServerSettings s) {
    settings = s;
  }

  List<Project> projects() {
    return projects;
  }

  /** After an edit: validate once the user pauses for the configured delay. */
  void revalidateSoon() {
    debouncer.schedule(false, settings.debounceMillis());
  }

  /** Start-up, settings and watched-file changes: validate without waiting, walking afresh if asked. */
  void revalidateNow(boolean rescan) {
    debouncer.schedule(rescan, 0);
  }

  /**
   * The client has our {@code initialize} answer: publish what the first analysis found (at once
   * if it is done, else when it is) and everything after.
   */
  void clientReady() {
    onAnalysisThread(() -> {
      clientReady = true;
      publish(projects, documents.snapshot());
      return null;
    });
  }

  /** Runs {@code work} on the analysis thread after any validation already running there. */
  <T> CompletableFuture<T> onAnalysisThread(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, analysisThread);
  }

  /** The project and file id of a workspace file, in the latest snapshot. */
  Optional<Located> locate(Path path) {
    for (Project p : projects) {
      Optional<FileId> id = p.fileId(path);
      if (id.isPresent()) {
        return Optional.of(new Located(p, id.get()));
      }
    }
    return Optional.empty();
  }

  void shutdown() {
    analysisThread.shutdownNow();
    try {
      analysisThread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void validate(boolean rescan, BooleanSupplier superseded) {
    try {
      Map<Path, OpenDocument> open = documents.snapshot();
      List<Project> next = rescan ? load(open) : refresh(open);
      projects = next;
      if (clientReady && !superseded.getAsBoolean()) {
        publish(next, open);
      }
    } catch (RuntimeException e) {
      log.error("analysis failed", e);
    }
  }

  private void publish(List<Project> next, Map<Path, OpenDocument> open) {
    LanguageClient c = client;
    if (c != null) {
      publisher.publish(c, next, open);
      if (c instanceof StrataClient strata) {
        strata.status(Status.of(next));
      }
    }
  }

  private List<Project> load(Map<Path, OpenDocument> open) {
    List<Project> out = new ArrayList<>();
    for (Path folder : folders) {
      Optional<Project> previous = projects.stream().filter(p -> p.folder().equals(folder)).findFirst();
      List<String> warnings = new ArrayList<>();
      try {
        out.add(ProjectLoader.load(folder, settings, open, previous, warnings));
      } catch (IOException e) {
        log.warning("cannot read workspace folder " + folder + ": " + e.getMessage());
      }
      warnings.forEach(log::warning);
    }
    return out;
  }

  private List<Project> refresh(Map<Path, OpenDocument> open) {
    return projects.stream().map(p -> ProjectLoader.refresh(p, open)).toList();
  }
}
