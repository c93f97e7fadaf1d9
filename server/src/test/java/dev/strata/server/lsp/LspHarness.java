package dev.strata.server.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The server in-process, connected to a {@link RecordingClient} through LSP4J over piped streams:
 * the same JSON-RPC path as stdio, without a process.
 */
final class LspHarness implements AutoCloseable {
  final RecordingClient client = new RecordingClient();
  final TestServer server;
  /** Completes with {@code serve}'s return value once the server's input has closed. */
  final CompletableFuture<Integer> served = new CompletableFuture<>();
  final List<Integer> exitCodes = new CopyOnWriteArrayList<>();
  /** Every response on the wire in either direction, as JSON-RPC carries it (error codes included). */
  final List<ResponseMessage> responses = new CopyOnWriteArrayList<>();
  private final java.io.OutputStream toServer;
  private final Thread serverThread;

  LspHarness() throws IOException {
    BytePipe toServerPipe = new BytePipe();
    BytePipe fromServerPipe = new BytePipe();
    java.io.InputStream serverIn = toServerPipe.in;
    toServer = toServerPipe.out;
    java.io.InputStream clientIn = fromServerPipe.in;
    java.io.OutputStream fromServer = fromServerPipe.out;
    serverThread = new Thread(() -> {
      try {
        served.complete(LspCommand.serve(serverIn, fromServer, exitCodes::add));
      } catch (Throwable t) {
        served.completeExceptionally(t);
      }
    }, "test-lsp-server");
    serverThread.setDaemon(true);
    serverThread.start();
    Launcher<TestServer> launcher = new Launcher.Builder<TestServer>()
        .setLocalService(client)
        .setRemoteInterface(TestServer.class)
        .setInput(clientIn)
        .setOutput(toServer)
        .wrapMessages(consumer -> message -> {
          if (message instanceof ResponseMessage r) {
            responses.add(r);
          }
          consumer.consume(message);
        })
        .create();
    launcher.startListening();
    server = launcher.getRemoteProxy();
  }

  /** The repository's test-workspace folder named {@code name}. */
  static Path testWorkspace(String name) {
    return Path.of(System.getProperty("strata.root", "..")).toAbsolutePath().normalize()
        .resolve("test-workspace").resolve(name);
  }

  /** initialize (with the given options) + initialized, as a client with watchers and configuration. */
  LspHarness start(Path folder, Object initializationOptions) throws Exception {
    return start(folder, initializationOptions, new TextDocumentClientCapabilities());
  }

  /** The same, with the given text-document capabilities (e.g. a hover content format). */
  LspHarness start(Path folder, Object initializationOptions, TextDocumentClientCapabilities text) throws Exception {
    return start(folder, initializationOptions, text, null);
  }

  /** The same, with the given workspace-edit capabilities (e.g. resource operations); null for none. */
  LspHarness start(Path folder, Object initializationOptions, TextDocumentClientCapabilities text,
      WorkspaceEditCapabilities edit) throws Exception {
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(folder), folder.getFileName().toString())));
    init.setInitializationOptions(initializationOptions);
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setConfiguration(true);
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    ws.setWorkspaceEdit(edit);
    ClientCapabilities caps = new ClientCapabilities();
    caps.setWorkspace(ws);
    caps.setTextDocument(text);
    init.setCapabilities(caps);
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return this;
  }

  static String uri(Path p) {
    return p.toAbsolutePath().normalize().toUri().toString();
  }

  void open(Path file, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "sql", 1, text)));
  }

  void open(Path file) throws IOException {
    open(file, Files.readString(file));
  }

  /** One incremental change replacing {@code range} (zero-based line/column) with {@code text}. */
  void change(Path file, int version, int line, int startCol, int endCol, String text) {
    TextDocumentContentChangeEvent c = new TextDocumentContentChangeEvent(
        new Range(new Position(line, startCol), new Position(line, endCol)), text);
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(file), version), List.of(c)));
  }

  void replaceAll(Path file, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(file), version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** Ends the client's side of the connection: the server sees its input close. */
  void closeInput() throws IOException {
    toServer.close();
  }

  @Override
  public void close() throws IOException {
    toServer.close();
    serverThread.interrupt();
  }
}
