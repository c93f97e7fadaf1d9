package dev.strata.server.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Messages for the user's log ({@code window/logMessage}). Before a client is connected, messages
 * go to stderr, which editors show as the server's output; never to stdout, which carries the protocol.
 */
final class ClientLog {
  private volatile LanguageClient client;

  void connect(LanguageClient c) {
    this.client = c;
  }

  void info(String message) {
    send(MessageType.Info, message);
  }

  void warning(String message) {
    send(MessageType.Warning, message);
  }

  /** An unexpected failure: the message plus the stack trace, so a bug report can quote it. */
  void error(String message, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    send(MessageType.Error, message + ": " + t + "\n" + trace);
  }

  private void send(MessageType type, String message) {
    LanguageClient c = client;
    if (c == null) {
      System.err.println("strata: " + message);
      return;
    }
    c.logMessage(new MessageParams(type, "strata: " + message));
  }
}
