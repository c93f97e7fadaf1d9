package dev.strata.server.lsp;

import dev.strata.server.convert.ToLsp;
import dev.strata.server.lsp.OpenDocuments.OpenDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes diagnostics for every file of every history, open or not, sending only what changed:
 * a file whose diagnostics differ from the last publish, an open file whose version moved on, and
 * an empty list for a file that had diagnostics and now has none or left every history. Used from
 * the analysis thread only.
 */
final class DiagnosticsPublisher {
  private record Published(List<Diagnostic> diagnostics, Integer version) {}

  private final Map<String, Published> last = new HashMap<>();

  void publish(LanguageClient client, List<Project> projects, Map<Path, OpenDocument> open) {
    Map<String, Published> next = new LinkedHashMap<>();
    for (Project p : projects) {
      ProjectLocator locator = new ProjectLocator(p, open);
      for (History h : p.histories()) {
        h.diagnosticsByFile().forEach((file, found) -> {
          List<Diagnostic> ds = new ArrayList<>();
          found.forEach(d -> ds.add(ToLsp.diagnostic(d, locator)));
          next.merge(locator.uri(file), new Published(ds, locator.version(file).orElse(null)), DiagnosticsPublisher::concat);
        });
      }
    }
    for (Map.Entry<String, Published> e : next.entrySet()) {
      Published before = last.get(e.getKey());
      Published now = e.getValue();
      boolean unchanged = before != null && before.diagnostics().equals(now.diagnostics())
          && (now.version() == null || Objects.equals(before.version(), now.version()));
      boolean nothingNew = before == null && now.diagnostics().isEmpty();
      if (!unchanged && !nothingNew) {
        client.publishDiagnostics(new PublishDiagnosticsParams(e.getKey(), now.diagnostics(), now.version()));
      }
    }
    for (String gone : last.keySet()) {
      if (!next.containsKey(gone) && !last.get(gone).diagnostics().isEmpty()) {
        client.publishDiagnostics(new PublishDiagnosticsParams(gone, List.of()));
      }
    }
    last.clear();
    last.putAll(next);
  }

  /** Two histories naming one file (a discovery problem): show both lists. */
  private static Published concat(Published a, Published b) {
    List<Diagnostic> all = new ArrayList<>(a.diagnostics());
    all.addAll(b.diagnostics());
    return new Published(all, a.version() != null ? a.version() : b.version());
  }
}
