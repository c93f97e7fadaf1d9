package dev.strata.model.analysis;

import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.FileId;
import dev.strata.model.text.LineIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every schema-object name of a whole history with its identity, and every object event with the
 * identity of the object it happened to. Built in one pass over the history; the last index built
 * is cached for its analysis, since an editor asks many questions of one analysis snapshot.
 */
final class SymbolIndex {
  /**
   * An object event of statement {@code statement} of migration {@code migration}; {@code owner} is
   * the identity of the table a column or constraint event belongs to, empty for other objects.
   */
  record Event(String identity, Optional<String> owner, ObjectEvent event, int migration, int statement) {
    boolean notAfter(int m, int s) {
      return migration < m || (migration == m && statement <= s);
    }
  }

  private record Cached(Analysis analysis, SymbolIndex index) {}

  private static final AtomicReference<Cached> LAST = new AtomicReference<>();

  final Analysis analysis;
  final List<Occurrence> occurrences = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  private final Map<FileId, List<Occurrence>> byFile = new HashMap<>();
  private final Map<String, List<Occurrence>> byIdentity = new HashMap<>();
  private final Map<FileId, LineIndex> lines = new HashMap<>();

  private SymbolIndex(Analysis analysis) {
    this.analysis = analysis;
  }

  static SymbolIndex of(Analysis a) {
    Cached c = LAST.get();
    if (c != null && c.analysis() == a) {
      return c.index();
    }
    SymbolIndex idx = new SymbolIndex(a);
    idx.build();
    LAST.set(new Cached(a, idx));
    return idx;
  }

  private void build() {
    Lineage lineage = new Lineage();
    List<MigrationResult> results = analysis.results();
    for (int m = 0; m < results.size(); m++) {
      MigrationResult r = results.get(m);
      for (int s = 0; s < r.statements().size(); s++) {
        statement(lineage, r, m, s);
      }
    }
    for (Occurrence o : occurrences) {
      byFile.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o);
      byIdentity.computeIfAbsent(o.identity(), f -> new ArrayList<>()).add(o);
    }
  }

  private void statement(Lineage lineage, MigrationResult r, int m, int s) {
    StatementResult st = r.statements().get(s);
    List<Found> found = StatementNames.find(st, r.migration().sql());
    for (Found f : found) {
      if (!f.after()) {
        occurrences.add(occurrence(lineage, r, f, m, s));
      }
    }
    for (ObjectEvent e : st.events()) {
      String key = eventKey(e);
      if (e.kind() == ObjectEvent.Kind.RENAMED && e.detail().startsWith("renamed from ")) {
        lineage.rename(Lineage.renamedFrom(key, e.detail().substring("renamed from ".length())), key);
      }
      events.add(new Event(lineage.id(key), owner(lineage, key), e, m, s));
      if (e.kind() == ObjectEvent.Kind.DROPPED) {
        lineage.drop(key);
      }
    }
    labelRename(lineage, st, found);
    for (Found f : found) {
      if (f.after()) {
        occurrences.add(occurrence(lineage, r, f, m, s));
      }
    }
  }

  /** Enum label renames have no event of their own; the statement says which label became which. */
  private static void labelRename(Lineage lineage, StatementResult st, List<Found> found) {
    if (st.parsed().statement() instanceof Statement.AlterEnumRenameValue && !st.failed()) {
      List<Found> labels = found.stream().filter(f -> f.ref().kind() == SymbolKind.ENUM_LABEL).toList();
      if (labels.size() == 2) {
        lineage.rename(labels.get(0).ref().key(), labels.get(1).ref().key());
      }
    }
  }

  private static Occurrence occurrence(Lineage lineage, MigrationResult r, Found f, int m, int s) {
    return new Occurrence(r.migration().file(), f.range(), f.ref(), lineage.id(f.ref().key()), f.role(), f.after(),
        m, s);
  }

  private static Optional<String> owner(Lineage lineage, String key) {
    if (!key.startsWith("column:") && !key.startsWith("constraint:")) {
      return Optional.empty();
    }
    int dot = key.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(lineage.id("table:" + key.substring(key.indexOf(':') + 1, dot)));
  }

  /** Function events are keyed by signature; names here are keyed by name only. */
  static String eventKey(ObjectEvent e) {
    String k = e.key();
    int paren = k.indexOf('(');
    return k.startsWith("function:") && paren > 0 ? k.substring(0, paren) : k;
  }

  // ---- Queries ------------------------------------------------------------------------------

  List<Occurrence> inFile(FileId file) {
    return byFile.getOrDefault(file, List.of());
  }

  List<Occurrence> withIdentity(String identity) {
    return byIdentity.getOrDefault(identity, List.of());
  }

  /** The innermost name at {@code offset}: one containing it, else one ending right at it. */
  Optional<Occurrence> at(FileId file, int offset) {
    return inFile(file).stream()
        .filter(o -> o.range().touches(offset))
        .min(Comparator.comparing((Occurrence o) -> o.range().contains(offset) ? 0 : 1)
            .thenComparing(o -> o.range().length()));
  }

  StatementResult statement(Occurrence o) {
    return analysis.results().get(o.migration()).statements().get(o.statement());
  }

  MigrationResult migration(Occurrence o) {
    return analysis.results().get(o.migration());
  }

  /** Events of one identity, in history order. */
  List<Event> eventsOf(String identity) {
    return events.stream().filter(e -> e.identity().equals(identity)).toList();
  }

  /**
   * Events of one object and of its columns and constraints, in history order; within one
   * statement the object's own events come first ("created" before the constraints it created).
   */
  List<Event> eventsWithMembers(String identity) {
    return events.stream()
        .filter(e -> e.identity().equals(identity) || e.owner().map(identity::equals).orElse(false))
        .sorted(Comparator.comparingInt(Event::migration).thenComparingInt(Event::statement)
            .thenComparingInt(e -> e.identity().equals(identity) ? 0 : 1))
        .toList();
  }

  /** The one-based line of an offset in a file of the history. */
  int line(FileId file, int offset) {
    LineIndex li = lines.computeIfAbsent(file, f -> analysis.result(f)
        .map(r -> LineIndex.of(r.migration().text())).orElseGet(() -> LineIndex.of("")));
    return li.line(offset) + 1;
  }
}
