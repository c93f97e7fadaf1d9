package dev.strata.server.lsp;

import com.google.gson.JsonObject;
import dev.strata.server.cli.StrataVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.jsonrpc.services.JsonDelegate;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The Strata language server: lifecycle, capabilities and settings. Everything else is a
 * {@code *Handler}; state lives in the {@link Session}. Strata's own requests ({@link StrataProtocol})
 * are served here too, so one launcher exposes them.
 */
public final class StrataLanguageServer implements LanguageServer, LanguageClientAware, SettingsSource, StrataProtocol {
  private final Session session = new Session();
  private final TextDocumentHandler documents = new TextDocumentHandler(session);
  private final WorkspaceHandler workspace = new WorkspaceHandler(session, this);
  private final IntConsumer onExit;
  private volatile ClientCapabilities capabilities = new ClientCapabilities();
  private volatile boolean shutdownRequested;
  private volatile LanguageClient client;
  private volatile ServerSettings initialSettings = ServerSettings.DEFAULT;

  /** @param onExit called with the exit code on {@code exit} (0 after {@code shutdown}, else 1) */
  public StrataLanguageServer(IntConsumer onExit) {
    this.onExit = onExit;
  }

  /** How long the first publish waits for the client's answer to workspace/configuration. */
  private static final long SETTINGS_WAIT_SECONDS = 2;

  @Override
  public void connect(LanguageClient c) {
    client = c;
    session.connect(c);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    if (params.getCapabilities() != null) {
      capabilities = params.getCapabilities();
      session.setCapabilities(capabilities);
    }
    session.setFolders(folders(params));
    ServerSettings.Parsed parsed = ServerSettings.parse(params.getInitializationOptions());
    parsed.warnings().forEach(session.log::warning);
    initialSettings = parsed.settings();
    session.applySettingsQuietly(parsed.settings());
    // The first analysis starts now, while the answer travels and the client starts up; its
    // diagnostics wait for initialized.
    session.revalidateNow(true);
    return CompletableFuture.completedFuture(new InitializeResult(serverCapabilities(),
        new ServerInfo("strata", StrataVersion.current())));
  }

  @Override
  public void initialized(InitializedParams params) {
    Guard.notification(session, "initialized", () -> {
      FileWatchers.register(client, capabilities, session.log);
      // Publish once the client's settings are known (they may turn rules off), but do not wait
      // for a client that never answers workspace/configuration.
      pullSettings().completeOnTimeout(null, SETTINGS_WAIT_SECONDS, TimeUnit.SECONDS)
          .whenComplete((done, error) -> session.clientReady());
    });
  }

  /**
   * Pulls {@code workspace/configuration} when the client supports it. A {@code null} or non-object
   * answer (Eglot when unconfigured) means "nothing configured there": the initialization options stay.
   */
  @Override
  public void pull() {
    pullSettings();
  }

  /** {@link #pull}, completing once the answer is applied (at once when the client cannot answer). */
  private CompletableFuture<Void> pullSettings() {
    boolean supported = capabilities.getWorkspace() != null && Boolean.TRUE.equals(capabilities.getWorkspace().getConfiguration());
    if (!supported || client == null) {
      return CompletableFuture.completedFuture(null);
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection("strata");
    return client.configuration(new ConfigurationParams(List.of(item))).handle((values, error) -> {
      if (error != null) {
        session.log.warning("workspace/configuration failed (" + error.getMessage() + "); keeping the current settings");
      } else if (values != null && !values.isEmpty() && values.get(0) instanceof JsonObject) {
        session.applySettings(ServerSettings.parse(values.get(0)));
      } else {
        session.applySettings(new ServerSettings.Parsed(initialSettings, List.of()));
      }
      return null;
    });
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    session.shutdown();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    session.shutdown();
    onExit.accept(shutdownRequested ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  @Override
  public CompletableFuture<SchemaAt> schemaAt(Cursor params) {
    return Guard.request(session, "strata/schemaAt", () -> SchemaAtHandler.schemaAt(session, params));
  }

  @Override
  public CompletableFuture<ObjectLife> objectHistory(Cursor params) {
    return Guard.request(session, "strata/objectHistory", () -> ObjectHistoryHandler.objectHistory(session, params));
  }

  @JsonDelegate public TimelineProtocol timelineRequests() { return new TimelineRequests(session); }

  /** Stops the analysis thread; for the launcher once the input stream has closed. */
  void stop() {
    session.shutdown();
  }

  private static ServerCapabilities serverCapabilities() {
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    caps.setTextDocumentSync(sync);
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    caps.setHoverProvider(true);
    caps.setCompletionProvider(new CompletionOptions(false, List.of(".", "\"")));
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setWorkspaceSymbolProvider(true);
    caps.setCodeLensProvider(new CodeLensOptions(false));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    caps.setWorkspace(new WorkspaceServerCapabilities(folders));
    return caps;
  }

  /** Workspace folders, else the deprecated rootUri / rootPath; none leaves the server idle. */
  @SuppressWarnings("deprecation")
  private static List<Path> folders(InitializeParams params) {
    List<Path> out = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        Uris.toPath(f.getUri()).filter(p -> !out.contains(p)).ifPresent(out::add);
      }
    }
    if (out.isEmpty() && params.getRootUri() != null) {
      Uris.toPath(params.getRootUri()).ifPresent(out::add);
    }
    if (out.isEmpty() && params.getRootPath() != null) {
      Optional.of(Path.of(params.getRootPath()).toAbsolutePath().normalize()).ifPresent(out::add);
    }
    return out;
  }
}
