package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Column;
import dev.strata.model.catalog.Constraint;
import dev.strata.model.catalog.Index;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.Table;
import dev.strata.model.effect.ObjectEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Hover text for tables and columns: the table as it stands, then its history. */
final class TableHover {
  private TableHover() {}

  static String table(SymbolIndex idx, Table t, Occurrence at, Catalog c) {
    StringBuilder sb = new StringBuilder();
    sb.append("**table** `").append(SymbolRef.of(SymbolKind.TABLE, t.name()).display()).append("` ")
        .append(Hover.point(idx, at)).append("\n\n");
    sb.append("| column | type | null | default | key | history |\n|---|---|---|---|---|---|\n");
    for (Column col : t.columns()) {
      sb.append("| ").append(col.name().value()).append(" | ").append(type(col, c)).append(" | ")
          .append(col.notNull() ? "NOT NULL" : "").append(" | ").append(col.defaultExpr().map(d -> "`" + d + "`")
              .orElse("")).append(" | ").append(keys(t, col.name())).append(" | ")
          .append(columnHistory(idx, t, col, at)).append(" |\n");
    }
    if (t.opaqueColumns()) {
      sb.append("\n*columns not known (CREATE TABLE AS or LIKE of an unknown table)*\n");
    }
    indexes(sb, c.indexesOn(t.name()));
    constraints(sb, t.constraints());
    sb.append("\n**History**\n");
    historyLines(idx, at, "table", tableEvents(idx, at)).forEach(l -> sb.append("- ").append(l).append('\n'));
    return sb.toString();
  }

  static String type(Column col, Catalog c) {
    return col.type().format(c::typeVisible);
  }

  private static String keys(Table t, Name col) {
    List<String> marks = new ArrayList<>();
    for (Constraint k : t.constraints()) {
      if (!k.columns().contains(col)) {
        continue;
      }
      if (k.kind() == Constraint.Kind.PRIMARY_KEY) {
        marks.add("PK");
      } else if (k.kind() == Constraint.Kind.UNIQUE) {
        marks.add("UNIQUE");
      } else if (k.kind() == Constraint.Kind.FOREIGN_KEY) {
        marks.add("FK → " + k.references().map(f -> f.table().name().value()).orElse("?"));
      }
    }
    return String.join(", ", marks.stream().distinct().toList());
  }

  private static String columnHistory(SymbolIndex idx, Table t, Column col, Occurrence at) {
    String key = SymbolRef.member(SymbolKind.COLUMN, t.name(), col.name()).key();
    Optional<Occurrence> added = added(idx, key, at);
    String s = added.map(o -> "added in " + Links.to(idx, o)).orElse("");
    Origin last = col.origin();
    if (!last.isBuiltin() && added.map(o -> !o.range().equals(last.range()) && !last.range().containsRange(o.range())
        || !o.file().equals(last.file())).orElse(true)) {
      s += (s.isEmpty() ? "" : "; ") + "last changed in " + Links.to(idx, last);
    }
    return s;
  }

  /** The first definition of the object that {@code key} names at {@code at}'s point in history. */
  static Optional<Occurrence> added(SymbolIndex idx, String key, Occurrence at) {
    Optional<String> identity = identityAt(idx, key, at);
    return identity.flatMap(id -> idx.withIdentity(id).stream()
        .filter(o -> o.isDefinition() && o.notAfter(at)).sorted().findFirst());
  }

  /** The identity {@code key} had at {@code at}: that of its latest occurrence not after it. */
  static Optional<String> identityAt(SymbolIndex idx, String key, Occurrence at) {
    if (at.ref().key().equals(key) && !at.identity().isEmpty()) {
      return Optional.of(at.identity());
    }
    return idx.occurrences.stream().filter(o -> o.ref().key().equals(key) && o.notAfter(at))
        .max(Occurrence::compareTo).map(Occurrence::identity);
  }

  private static void indexes(StringBuilder sb, List<Index> indexes) {
    if (indexes.isEmpty()) {
      return;
    }
    sb.append("\n**Indexes**\n");
    for (Index i : indexes.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
      sb.append("- `").append(i.name().name().value()).append("` ").append(ObjectHover.indexShape(i)).append('\n');
    }
  }

  private static void constraints(StringBuilder sb, List<Constraint> constraints) {
    if (constraints.isEmpty()) {
      return;
    }
    sb.append("\n**Constraints**\n");
    for (Constraint k : constraints) {
      sb.append("- `").append(k.name().value()).append("` ").append(ObjectHover.constraintShape(k)).append('\n');
    }
  }

  private static List<SymbolIndex.Event> tableEvents(SymbolIndex idx, Occurrence at) {
    return idx.eventsWithMembers(at.identity());
  }

  /** One line per event: {@code created in [m:3](path#L3)}, split at the point of the hover. */
  static List<String> historyLines(SymbolIndex idx, Occurrence at, String what, List<SymbolIndex.Event> events) {
    List<String> out = new ArrayList<>();
    boolean laterShown = false;
    for (SymbolIndex.Event e : events) {
      boolean before = e.notAfter(at.migration(), at.statement());
      if (!before && !laterShown) {
        out.add("*later:*");
        laterShown = true;
      }
      out.add(eventText(e, what) + " in " + Links.to(idx, e.event().origin()));
    }
    if (out.isEmpty()) {
      out.add("no recorded changes");
    }
    return out;
  }

  private static String eventText(SymbolIndex.Event e, String what) {
    ObjectEvent ev = e.event();
    String key = SymbolIndex.eventKey(ev);
    String subject = e.owner().isPresent() ? key.substring(0, key.indexOf(':')) + " `"
        + key.substring(key.lastIndexOf('.') + 1) + "` " : "";
    String detail = ev.detail();
    if (ev.kind() == ObjectEvent.Kind.CREATED) {
      return subject + (detail.equals("added") || detail.equals("created") ? detail : "created (" + detail + ")");
    }
    return subject + detail;
  }

  static String column(SymbolIndex idx, SymbolRef ref, Occurrence at, Catalog c) {
    Optional<Table> t = c.table(ref.object());
    Optional<Column> col = t.flatMap(x -> x.column(ref.member().orElseThrow()));
    if (col.isEmpty()) {
      return ObjectHover.missing(idx, ref, at, c) + t.map(x -> "\n\nColumns of `" + x.name().name().value()
          + "` at this point: " + x.columns().stream().map(k -> "`" + k.name().value() + "`")
              .collect(Collectors.joining(", "))).orElse("");
    }
    Column k = col.get();
    StringBuilder sb = new StringBuilder();
    sb.append("**column** `").append(ref.display()).append("` `").append(type(k, c)).append("` ")
        .append(Hover.point(idx, at)).append("\n\n");
    sb.append(k.notNull() ? "NOT NULL" : "nullable");
    k.defaultExpr().ifPresent(d -> sb.append(", default `").append(d).append('`'));
    k.identity().ifPresent(i -> sb.append(", identity ").append(i == 'a' ? "ALWAYS" : "BY DEFAULT"));
    k.generated().ifPresent(g -> sb.append(", generated `").append(g).append('`'));
    String marks = keys(t.get(), k.name());
    sb.append(marks.isEmpty() ? "" : ", " + marks).append("\n\n**History**\n");
    List<SymbolIndex.Event> events = idx.eventsOf(at.identity());
    List<String> lines = new ArrayList<>();
    added(idx, ref.key(), at).filter(o -> events.stream().noneMatch(e -> e.event().kind() == ObjectEvent.Kind.CREATED))
        .ifPresent(o -> lines.add("added in " + Links.to(idx, o)));
    lines.addAll(historyLines(idx, at, "column", events).stream().filter(l -> !l.equals("no recorded changes")
        || lines.isEmpty()).toList());
    lines.forEach(l -> sb.append("- ").append(l).append('\n'));
    return sb.toString();
  }
}
