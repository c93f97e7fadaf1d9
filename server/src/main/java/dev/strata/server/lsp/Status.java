package dev.strata.server.lsp;

import dev.strata.model.diag.Severity;
import dev.strata.model.diag.Diagnostic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code strata/status} payload of a snapshot: tools found, migrations and errors over every history. */
final class Status {
  private Status() {}

  /** {@code tool} names the tools of all roots ({@code prisma}, {@code flyway, goose}); {@code none} without roots. */
  static StrataProtocol.Status of(List<Project> projects) {
    Set<String> tools = new LinkedHashSet<>();
    int migrations = 0;
    int errors = 0;
    for (Project p : projects) {
      for (History h : p.histories()) {
        tools.add(h.root().tool().id());
        migrations += h.migrations().size();
        for (List<Diagnostic> ds : h.diagnosticsByFile().values()) {
          errors += (int) ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
        }
      }
    }
    return new StrataProtocol.Status(tools.isEmpty() ? "none" : String.join(", ", tools), migrations, errors);
  }
}
