package dev.strata.server.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client as the server sees it: a standard client plus the {@code strata/status}
 * notification, which clients that do not know it ignore.
 */
public interface StrataClient extends LanguageClient {
  @JsonNotification("strata/status")
  void status(StrataProtocol.Status status);
}
