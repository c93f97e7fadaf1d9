package dev.strata.server.history;

import dev.strata.model.analysis.SchemaDiff;

/** A schema diff as text: renamed, added, removed, then altered objects with one line per change. */
final class DiffText {
  private DiffText() {}

  static String print(String from, String to, SchemaDiff d) {
    StringBuilder sb = new StringBuilder("schema after ").append(to).append(" compared with after ").append(from)
        .append('\n');
    if (d.isEmpty()) {
      return sb.append("no differences\n").toString();
    }
    if (!d.renamed().isEmpty()) {
      sb.append("renamed:\n");
      d.renamed().forEach(r -> sb.append("  ").append(r.kind()).append(' ').append(r.from()).append(" → ")
          .append(r.to()).append('\n'));
    }
    if (!d.added().isEmpty()) {
      sb.append("added:\n");
      d.added().forEach(e -> sb.append("  ").append(e.kind()).append(' ').append(e.name()).append('\n'));
    }
    if (!d.removed().isEmpty()) {
      sb.append("removed:\n");
      d.removed().forEach(e -> sb.append("  ").append(e.kind()).append(' ').append(e.name()).append('\n'));
    }
    if (!d.altered().isEmpty()) {
      sb.append("altered:\n");
      for (SchemaDiff.Altered a : d.altered()) {
        sb.append("  ").append(a.kind()).append(' ').append(a.name()).append('\n');
        a.changes().forEach(c -> sb.append("    ").append(c).append('\n'));
      }
    }
    return sb.toString();
  }
}
