package dev.strata.server.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Asks the client to watch what changes a history: SQL files (new, deleted or edited outside the
 * editor), Prisma's lock file and schema files, and strata.toml. Only when the client registers
 * watchers dynamically; otherwise the server still follows open documents.
 */
final class FileWatchers {
  static final String REGISTRATION_ID = "strata-watched-files";
  static final List<String> GLOBS = List.of("**/*.sql", "**/migration_lock.toml", "**/strata.toml", "**/*.prisma");

  private FileWatchers() {}

  static void register(LanguageClient client, ClientCapabilities caps, ClientLog log) {
    boolean dynamic = caps.getWorkspace() != null
        && caps.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    if (!dynamic || client == null) {
      return;
    }
    List<FileSystemWatcher> watchers = GLOBS.stream().map(g -> new FileSystemWatcher(Either.forLeft(g))).toList();
    Registration r = new Registration(REGISTRATION_ID, "workspace/didChangeWatchedFiles",
        new DidChangeWatchedFilesRegistrationOptions(watchers));
    client.registerCapability(new RegistrationParams(List.of(r))).whenComplete((ok, error) -> {
      if (error != null) {
        log.warning("could not register file watchers (" + error.getMessage() + "); new migrations show after a restart");
      }
    });
  }
}
