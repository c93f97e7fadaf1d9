package dev.strata.server.lsp;

import dev.strata.server.convert.FromLsp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The editor's open documents by path: the unsaved text is the truth for analysis. Safe to read
 * from the analysis thread while the protocol thread writes; {@link #snapshot} is a consistent copy.
 */
final class OpenDocuments {
  /** One open document as the client last described it. */
  record OpenDocument(String uri, Path path, int version, String text) {}

  private final Map<Path, OpenDocument> docs = new ConcurrentHashMap<>();

  void open(String uri, int version, String text) {
    Uris.toPath(uri).ifPresent(p -> docs.put(p, new OpenDocument(uri, p, version, text)));
  }

  /** Applies content changes in order (full or incremental); unknown documents are ignored. */
  void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    Uris.toPath(uri).ifPresent(p -> docs.computeIfPresent(p, (k, doc) -> {
      String text = doc.text();
      for (TextDocumentContentChangeEvent c : changes) {
        text = FromLsp.apply(text, c);
      }
      return new OpenDocument(doc.uri(), p, version, text);
    }));
  }

  void close(String uri) {
    Uris.toPath(uri).ifPresent(docs::remove);
  }

  Optional<OpenDocument> get(Path path) {
    return Optional.ofNullable(docs.get(path));
  }

  Map<Path, OpenDocument> snapshot() {
    return Map.copyOf(docs);
  }
}
