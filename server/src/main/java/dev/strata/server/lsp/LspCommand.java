package dev.strata.server.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import picocli.CommandLine.Command;

/**
 * {@code strata lsp}: the language server over stdio. It returns (exit 0) when stdin closes, and
 * exits at once on the protocol's {@code exit} notification (0 after {@code shutdown}, else 1).
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    description = "Run the language server over stdin/stdout (for editors).")
public final class LspCommand implements Callable<Integer> {

  @Override
  public Integer call() throws InterruptedException {
    PrintStream protocol = System.out;
    // Anything printed by mistake must not corrupt the protocol stream: stdout becomes stderr.
    System.setOut(System.err);
    return serve(System.in, protocol, code -> System.exit(code));
  }

  /**
   * Serves one client on the given streams until the input ends.
   *
   * @return 0 once the input stream has closed
   */
  public static int serve(InputStream in, OutputStream out, IntConsumer onExit) throws InterruptedException {
    StrataLanguageServer server = new StrataLanguageServer(onExit);
    Launcher<StrataClient> launcher = new LSPLauncher.Builder<StrataClient>()
        .setLocalService(server)
        .setRemoteInterface(StrataClient.class)
        .setInput(in)
        .setOutput(out)
        .create();
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      System.err.println("strata lsp: connection failed: " + e.getCause());
    } finally {
      server.stop();
    }
    return 0;
  }
}
