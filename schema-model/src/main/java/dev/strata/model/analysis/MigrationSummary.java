package dev.strata.model.analysis;

import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hover on a migration's first line (its header comments or the first line of its first
 * statement): what the migration changes, object by object, from its statements' events.
 */
final class MigrationSummary {
  private MigrationSummary() {}

  static Optional<HoverResult> at(Analysis a, FileId file, int offset) {
    Optional<MigrationResult> r = a.result(file);
    if (r.isEmpty() || r.get().statements().isEmpty()) {
      return Optional.empty();
    }
    String text = r.get().migration().text();
    LineIndex li = LineIndex.of(text);
    int first = r.get().statements().get(0).parsed().statement().range().start();
    if (li.line(offset) > li.line(first)) {
      return Optional.empty();
    }
    int line = li.line(offset);
    TextRange range = new TextRange(li.lineStart(line), li.lineEnd(line, text));
    return Optional.of(HoverResult.of(summary(SymbolIndex.of(a), r.get()), range));
  }

  static String summary(SymbolIndex idx, MigrationResult r) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (StatementResult s : r.statements()) {
      for (ObjectEvent e : s.events()) {
        String kind = e.key().substring(0, e.key().indexOf(':'));
        String name = e.key().substring(e.key().indexOf(':') + 1).replaceFirst("^public\\.", "");
        String verb = verb(e.kind(), kind);
        String detail = e.kind() == ObjectEvent.Kind.RENAMED ? " (" + e.detail() + ")" : "";
        groups.computeIfAbsent(verb, v -> new ArrayList<>()).add("`" + name + "`" + detail + " "
            + Links.to(idx, e.origin()));
      }
    }
    StringBuilder sb = new StringBuilder("**migration** `" + r.migration().name() + "`: "
        + r.statements().size() + " statement" + (r.statements().size() == 1 ? "" : "s") + ", "
        + r.status().name().toLowerCase(java.util.Locale.ROOT) + "\n\n");
    if (groups.isEmpty()) {
      sb.append("no schema changes\n");
    }
    groups.forEach((verb, items) -> {
      sb.append("**").append(verb).append("**\n");
      items.forEach(i -> sb.append("- ").append(i).append('\n'));
    });
    return sb.toString();
  }

  private static String verb(ObjectEvent.Kind k, String kind) {
    String plural = kind.equals("index") ? "indexes" : kind + "s";
    switch (k) {
      case CREATED:
        return (kind.equals("column") ? "adds " : "creates ") + plural;
      case DROPPED:
        return "drops " + plural;
      case RENAMED:
        return "renames " + plural;
      default:
        return "alters " + plural;
    }
  }
}
