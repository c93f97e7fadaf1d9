package dev.strata.server.lsp;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code workspace/*}: settings, watched files and workspace folders. Each re-discovers at once:
 * a new or deleted migration changes the history's order, not just one text.
 */
final class WorkspaceHandler implements WorkspaceService {
  private final Session session;
  private final SettingsSource settings;

  WorkspaceHandler(Session session, SettingsSource settings) {
    this.session = session;
    this.settings = settings;
  }

  /**
   * Clients push either the new settings ({@code {"strata": {...}}}) or nothing at all, meaning
   * "pull them again"; both are handled.
   */
  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    Guard.notification(session, "didChangeConfiguration", () -> {
      Object pushed = params.getSettings();
      if (pushed instanceof JsonElement e && e.isJsonObject() && e.getAsJsonObject().has("strata")) {
        session.applySettings(ServerSettings.parse(e.getAsJsonObject().get("strata")));
      } else {
        settings.pull();
      }
    });
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    Guard.notification(session, "didChangeWatchedFiles", () -> session.revalidateNow(true));
  }

  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    Guard.notification(session, "didChangeWorkspaceFolders", () -> {
      List<java.nio.file.Path> folders = new java.util.ArrayList<>(session.folders());
      params.getEvent().getRemoved().forEach(f -> Uris.toPath(f.getUri()).ifPresent(folders::remove));
      params.getEvent().getAdded().forEach(f -> Uris.toPath(f.getUri()).filter(p -> !folders.contains(p)).ifPresent(folders::add));
      session.setFolders(folders);
      session.revalidateNow(true);
    });
  }

  @Override
  public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
      WorkspaceSymbolParams params) {
    return Guard.request(session, "workspace/symbol", () -> Either.forLeft(WorkspaceSymbolHandler.symbols(session, params)));
  }
}
