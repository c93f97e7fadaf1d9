package dev.strata.server.history;

import dev.strata.model.analysis.Timeline;
import dev.strata.model.analysis.Timeline.Row;
import java.util.List;

/**
 * A timeline as aligned text for a terminal, or as the Markdown table an engineer pastes into a
 * post-mortem ({@code Date | Migration | Purpose | Status}, with ✅ ❌ ⏸️ and {@code stub}).
 * The failing row carries its first error: line and message (without the model's "at this point
 * in history (…)" tail, which the row already says).
 */
final class TimelineText {
  private TimelineText() {}

  static String text(String title, Timeline t) {
    StringBuilder sb = new StringBuilder(title).append(": ").append(t.rows().size()).append(" migrations")
        .append(t.firstFailing().map(f -> ", a deploy stops at " + f.name()).orElse("")).append('\n');
    int nameWidth = Math.max("migration".length(), t.rows().stream().mapToInt(r -> r.name().length()).max().orElse(0));
    sb.append(String.format("  %3s  %-10s  %-" + nameWidth + "s  %-7s  %6s  %s%n", "#", "date", "migration", "status",
        "tables", "purpose"));
    for (Row r : t.rows()) {
      sb.append(String.format("  %3d  %-10s  %-" + nameWidth + "s  %-7s  %6d  %s%n", r.index() + 1, date(r), r.name(),
          r.status().name().toLowerCase(java.util.Locale.ROOT), r.tablesAfter(), r.purpose()));
      r.failure().ifPresent(f -> sb.append(" ".repeat(nameWidth + 21)).append("line ").append(f.line()).append(": ")
          .append(message(f)).append('\n'));
    }
    return sb.toString();
  }

  static String markdown(Timeline t) {
    StringBuilder sb = new StringBuilder("| Date | Migration | Purpose | Status |\n|---|---|---|---|\n");
    for (Row r : t.rows()) {
      sb.append("| ").append(date(r).isEmpty() ? "—" : date(r)).append(" | `").append(r.name()).append("` | ")
          .append(cell(r.purpose())).append(" | ").append(cell(status(r))).append(" |\n");
    }
    return sb.toString();
  }

  /** The Markdown of several histories: each table under its title. */
  static String markdown(List<AnalysedRoot> roots) {
    if (roots.size() == 1) {
      return markdown(Timeline.of(roots.get(0).analysis()));
    }
    StringBuilder sb = new StringBuilder();
    for (AnalysedRoot r : roots) {
      sb.append(sb.length() == 0 ? "" : "\n").append("### ").append(r.title()).append("\n\n")
          .append(markdown(Timeline.of(r.analysis())));
    }
    return sb.toString();
  }

  private static String status(Row r) {
    switch (r.status()) {
      case OK:
        return "✅";
      case STUB:
        return "stub";
      case BLOCKED:
        return "⏸️ blocked";
      default:
        return "❌ fails" + r.failure().map(f -> " at line " + f.line() + ": " + message(f)).orElse("");
    }
  }

  static String message(Timeline.Failure f) {
    return f.message().replaceFirst(" at this point in history \\([^)]*\\)", "");
  }

  private static String date(Row r) {
    return r.date().map(Object::toString).orElse("");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
