package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a migration does, from its statements' events: the hover on its first line (object by
 * object, with links) and the one-line code lens above it ({@code ✔ applies · creates 2 tables ·
 * 14 tables after} or {@code ✖ fails: column "customer_id" does not exist … · blocks 3 later
 * migrations}). Both group the same events by verb and object kind.
 */
public final class MigrationSummary {
  private static final int MAX_ERROR_LENGTH = 100;
  private static final List<String> LENS_ORDER =
      List.of("table", "column", "view", "type", "sequence", "function", "trigger", "index", "constraint");

  private MigrationSummary() {}

  /** The one-line summary of a migration and its status, for a code lens on its first line. */
  public record Line(MigrationResult.Status status, String text) {}

  /** One change group: a verb for one object kind ({@code creates} + {@code table}). */
  private record Change(String verb, String kind) {
    String heading() {
      return verb + " " + plural(kind);
    }

    String counted(int n) {
      return verb + " " + n + " " + (n == 1 ? kind : plural(kind));
    }
  }

  /** The lens line of {@code file}; empty when the file is not a migration of this history. */
  public static Optional<Line> line(Analysis a, FileId file) {
    Optional<MigrationResult> found = a.result(file);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MigrationResult r = found.get();
    List<String> parts = new ArrayList<>();
    if (r.status() == MigrationResult.Status.FAILS) {
      parts.add("✖ fails: " + shortMessage(r.firstError().orElseThrow().message()));
      int later = a.results().size() - 1 - r.index();
      if (later > 0) {
        parts.add("blocks " + later + " later migration" + (later == 1 ? "" : "s"));
      }
      return Optional.of(new Line(r.status(), String.join(" · ", parts)));
    }
    parts.add(r.status() == MigrationResult.Status.STUB ? "∅ no statements" : "✔ applies");
    changes(r).entrySet().stream()
        .sorted(Comparator.comparingInt(e -> rank(e.getKey().kind())))
        .forEach(e -> parts.add(e.getKey().counted(e.getValue().size())));
    long tables = r.after().tables().values().stream().filter(t -> !isSynthetic(t.origin())).count();
    parts.add(tables + " table" + (tables == 1 ? "" : "s") + " after");
    return Optional.of(new Line(r.status(), String.join(" · ", parts)));
  }

  /** The hover on a migration's first line (its header comments or its first statement's first line). */
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
    StringBuilder sb = new StringBuilder("**migration** `" + r.migration().name() + "`: "
        + r.statements().size() + " statement" + (r.statements().size() == 1 ? "" : "s") + ", "
        + r.status().name().toLowerCase(Locale.ROOT) + "\n\n");
    Map<Change, List<ObjectEvent>> groups = changes(r);
    if (groups.isEmpty()) {
      sb.append("no schema changes\n");
    }
    groups.forEach((change, events) -> {
      sb.append("**").append(change.heading()).append("**\n");
      for (ObjectEvent e : events) {
        String detail = e.kind() == ObjectEvent.Kind.RENAMED ? " (" + e.detail() + ")" : "";
        sb.append("- `").append(name(e)).append('`').append(detail).append(' ').append(Links.to(idx, e.origin()))
            .append('\n');
      }
    });
    return sb.toString();
  }

  /** The migration's events grouped by change, in order of first appearance. */
  private static Map<Change, List<ObjectEvent>> changes(MigrationResult r) {
    Map<Change, List<ObjectEvent>> groups = new LinkedHashMap<>();
    for (StatementResult s : r.statements()) {
      for (ObjectEvent e : s.events()) {
        String kind = e.key().substring(0, e.key().indexOf(':'));
        groups.computeIfAbsent(new Change(verb(e.kind(), kind), kind), c -> new ArrayList<>()).add(e);
      }
    }
    return groups;
  }

  /** Lens order: the objects a reader cares about first, implied indexes and constraints last. */
  private static int rank(String kind) {
    int i = LENS_ORDER.indexOf(kind);
    return i < 0 ? LENS_ORDER.size() : i;
  }

  /** Objects of the tool's bookkeeping ({@code <prisma>}) or built in are not the history's own. */
  private static boolean isSynthetic(Origin o) {
    return o.isBuiltin() || o.file().path().startsWith("<");
  }

  static String name(ObjectEvent e) {
    return e.key().substring(e.key().indexOf(':') + 1).replaceFirst("^public\\.", "");
  }

  static String verb(ObjectEvent.Kind k, String kind) {
    switch (k) {
      case CREATED:
        return kind.equals("column") ? "adds" : "creates";
      case DROPPED:
        return "drops";
      case RENAMED:
        return "renames";
      default:
        return "alters";
    }
  }

  static String plural(String kind) {
    return kind.equals("index") ? "indexes" : kind + "s";
  }

  /** The error without its "at this point in history (…)" tail, cut to fit a lens. */
  private static String shortMessage(String message) {
    String m = message.replaceFirst(" at this point in history \\(.*$", "");
    return m.length() <= MAX_ERROR_LENGTH ? m : m.substring(0, MAX_ERROR_LENGTH - 1) + "…";
  }
}
