package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.snapshot.SchemaSnapshot;
import dev.strata.model.snapshot.Snapshots;
import dev.strata.model.snapshot.TableSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in the schema between two points of a history: objects added, removed, altered
 * (a table's columns, keys, checks and indexes; an enum's labels; a view's columns; a sequence's
 * options) and renamed.
 *
 * <p>Contract: a rename is reported as a rename only when the events between the two points
 * rename the object (so a table renamed and then altered is one rename plus one alteration under
 * its new name, never an add and a drop); an object dropped and recreated with the same name is a
 * removal plus an addition. Contents are compared as PostgreSQL would show them ({@link Snapshots}),
 * so origins and statement ranges never count as changes. Names in {@code public} are bare. The
 * tool's bookkeeping table is never reported. Functions, domains and composite types are compared
 * by signature or name only.
 */
public record SchemaDiff(List<Entry> added, List<Entry> removed, List<Altered> altered, List<Rename> renamed) {
  public SchemaDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    altered = List.copyOf(altered);
    renamed = List.copyOf(renamed);
  }

  /** An object of kind {@code table}, {@code type}, {@code view}, {@code sequence}, {@code function}, ... */
  public record Entry(String kind, String name) {}

  /** An object present at both points, with one readable line per change. */
  public record Altered(String kind, String name, List<String> changes) {
    public Altered {
      changes = List.copyOf(changes);
    }
  }

  /** An object renamed between the points ({@code column}s as {@code table.column}). */
  public record Rename(String kind, String from, String to) {}

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && altered.isEmpty() && renamed.isEmpty();
  }

  /**
   * The difference between the schema after migration {@code from} and after migration {@code to}
   * (the events of the migrations after {@code from} up to {@code to}); {@code from} must not come
   * after {@code to}.
   */
  public static SchemaDiff between(Analysis analysis, MigrationResult from, MigrationResult to) {
    if (from.index() > to.index()) {
      throw new IllegalArgumentException(from.migration().name() + " comes after " + to.migration().name());
    }
    List<ObjectEvent> events = new ArrayList<>();
    for (MigrationResult r : analysis.results().subList(from.index() + 1, to.index() + 1)) {
      r.statements().forEach(s -> events.addAll(s.events()));
    }
    return between(from.after(), to.after(), events);
  }

  /** The difference from {@code from} to {@code to}, with {@code events} the events of every statement in between. */
  public static SchemaDiff between(Catalog from, Catalog to, List<ObjectEvent> events) {
    Builder b = new Builder(RenameTrail.of(events));
    SchemaSnapshot a = Snapshots.of(withoutSynthetic(from));
    SchemaSnapshot z = Snapshots.of(withoutSynthetic(to));
    RenameTrail trail = b.trail;
    b.section("table", a.tables(), z.tables(), (origin, old, now) -> TableDiff.changes(old, now,
        c -> trail.originalColumn(origin, c), i -> trail.originalIndex(origin.substring(0, origin.indexOf('.')), i)));
    b.section("type", a.enums(), z.enums(), (origin, old, now) -> labelChanges(old, now));
    b.section("view", a.views(), z.views(), (origin, old, now) -> old.equals(now) ? List.of()
        : List.of("columns (" + String.join(", ", old.columns()) + ") → (" + String.join(", ", now.columns()) + ")"));
    b.section("sequence", a.sequences(), z.sequences(),
        (origin, old, now) -> old.equals(now) ? List.of() : List.of("options changed"));
    b.names("extension", a.extensions().keySet(), z.extensions().keySet());
    b.names("schema", new TreeSet<>(a.schemas()), new TreeSet<>(z.schemas()));
    b.names("function", from.functions().keys(), to.functions().keys());
    b.names("domain", keys(from.domains().keys()), keys(to.domains().keys()));
    b.names("composite type", keys(from.composites().keys()), keys(to.composites().keys()));
    b.tableParts(a, z);
    return new SchemaDiff(b.added, b.removed, b.altered, b.renamed);
  }

  private static Catalog withoutSynthetic(Catalog c) {
    Catalog out = c;
    for (var t : c.tables().values()) {
      if (t.origin().isSynthetic()) {
        out = out.withoutTable(t.name());
      }
    }
    return out;
  }

  private static Set<String> keys(Set<dev.strata.model.catalog.QName> names) {
    Set<String> out = new TreeSet<>();
    names.forEach(n -> out.add(n.key()));
    return out;
  }

  private static List<String> labelChanges(List<String> old, List<String> now) {
    List<String> out = new ArrayList<>();
    List<String> added = now.stream().filter(l -> !old.contains(l)).toList();
    List<String> removed = old.stream().filter(l -> !now.contains(l)).toList();
    if (!added.isEmpty()) {
      out.add("values added: " + String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      out.add("values removed: " + String.join(", ", removed));
    }
    if (out.isEmpty() && !old.equals(now)) {
      out.add("values reordered: " + String.join(", ", now));
    }
    return out;
  }

  static String bare(String key) {
    return key.startsWith("public.") ? key.substring("public.".length()) : key;
  }

  /** The changes between an object's two versions; {@code origin} is its key at the first point. */
  private interface Compare<T> {
    List<String> changes(String origin, T old, T now);
  }

  /** Accumulates the diff section by section, matching objects through the rename trail. */
  private static final class Builder {
    final RenameTrail trail;
    final List<Entry> added = new ArrayList<>();
    final List<Entry> removed = new ArrayList<>();
    final List<Altered> altered = new ArrayList<>();
    final List<Rename> renamed = new ArrayList<>();

    Builder(RenameTrail trail) {
      this.trail = trail;
    }

    <T> void section(String kind, Map<String, T> old, Map<String, T> now, Compare<T> compare) {
      Set<String> matched = new HashSet<>();
      for (Map.Entry<String, T> e : now.entrySet()) {
        Optional<String> origin = trail.original(kind, e.getKey()).filter(old::containsKey);
        if (origin.isEmpty()) {
          added.add(new Entry(kind, bare(e.getKey())));
          continue;
        }
        matched.add(origin.get());
        if (!origin.get().equals(e.getKey())) {
          renamed.add(new Rename(kind, bare(origin.get()), bare(e.getKey())));
        }
        List<String> changes = compare.changes(origin.get(), old.get(origin.get()), e.getValue());
        if (!changes.isEmpty()) {
          altered.add(new Altered(kind, bare(e.getKey()), changes));
        }
      }
      old.keySet().stream().filter(k -> !matched.contains(k)).forEach(k -> removed.add(new Entry(kind, bare(k))));
    }

    void names(String kind, Set<String> old, Set<String> now) {
      now.stream().filter(k -> !old.contains(k)).sorted().forEach(k -> added.add(new Entry(kind, bare(k))));
      old.stream().filter(k -> !now.contains(k)).sorted().forEach(k -> removed.add(new Entry(kind, bare(k))));
    }

    /** Column and index renames inside tables present at both points. */
    void tableParts(SchemaSnapshot a, SchemaSnapshot z) {
      for (Map.Entry<String, TableSnapshot> e : z.tables().entrySet()) {
        Optional<String> origin = trail.original("table", e.getKey()).filter(a.tables()::containsKey);
        if (origin.isEmpty()) {
          continue;
        }
        TableSnapshot old = a.tables().get(origin.get());
        String schema = e.getKey().substring(0, e.getKey().indexOf('.'));
        for (var c : e.getValue().columns()) {
          trail.originalColumn(origin.get(), c.name()).filter(o -> !o.equals(c.name()))
              .filter(o -> old.columns().stream().anyMatch(x -> x.name().equals(o)))
              .ifPresent(o -> renamed.add(new Rename("column", bare(e.getKey()) + "." + o, bare(e.getKey()) + "." + c.name())));
        }
        for (var i : e.getValue().indexes()) {
          trail.originalIndex(schema, i.name()).filter(o -> !o.equals(i.name()))
              .filter(o -> old.indexes().stream().anyMatch(x -> x.name().equals(o)))
              .ifPresent(o -> renamed.add(new Rename("index", o, i.name())));
        }
      }
    }
  }
}
