package dev.strata.model.analysis;

import dev.strata.model.effect.ObjectEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a migration is for, in one line an engineer would write in a post-mortem table, from its
 * statements' events: {@code creates onboarding_states, alert_logs; adds 3 columns to clients;
 * drops index x}. It complements {@link MigrationSummary}'s counted lens line by naming objects.
 *
 * <p>Contract: the parts of an object created or dropped in the same migration (its columns,
 * constraints, indexes, triggers, serial sequences, indexes backing its constraints) are not
 * listed separately, nor are changes to an object the same migration created; a group of more than {@value #MAX_NAMES} objects (of more than one column or
 * constraint of a table) is counted instead of named; at most {@value #MAX_PHRASES} phrases are shown, then {@code …and n more}. Tables are
 * named without the word "table"; other kinds say their kind. Names in {@code public} are bare.
 */
public final class MigrationPurpose {
  static final int MAX_NAMES = 3;
  static final int MAX_PHRASES = 5;

  private MigrationPurpose() {}

  /** One group of events: a verb on one kind of object, within one table for columns and constraints. */
  private record Group(String verb, String kind, String table) {}

  /** The purpose line of {@code r}; {@code no statements} for a stub, {@code no schema changes} for data only. */
  public static String of(MigrationResult r) {
    List<ObjectEvent> events = new ArrayList<>();
    r.statements().forEach(s -> events.addAll(s.events()));
    Set<String> wholeTables = new LinkedHashSet<>();
    for (ObjectEvent e : events) {
      if (e.key().startsWith("table:") && e.kind() != ObjectEvent.Kind.ALTERED && e.kind() != ObjectEvent.Kind.RENAMED) {
        wholeTables.add(e.key().substring("table:".length()));
      }
    }
    Set<String> created = new LinkedHashSet<>();
    Map<Group, Set<String>> groups = new LinkedHashMap<>();
    for (ObjectEvent e : events) {
      if (e.kind() == ObjectEvent.Kind.CREATED) {
        created.add(e.key());
      }
      boolean alteredAfterCreation = e.kind() == ObjectEvent.Kind.ALTERED && created.contains(e.key());
      if (!alteredAfterCreation && !impliedBy(e, wholeTables)) {
        groups.computeIfAbsent(group(e), g -> new LinkedHashSet<>()).add(label(e));
      }
    }
    if (groups.isEmpty()) {
      return r.statements().isEmpty() ? "no statements" : "no schema changes";
    }
    List<String> phrases = new ArrayList<>();
    groups.forEach((g, names) -> phrases.add(phrase(g, new ArrayList<>(names))));
    if (phrases.size() > MAX_PHRASES) {
      int more = phrases.size() - MAX_PHRASES;
      List<String> shown = new ArrayList<>(phrases.subList(0, MAX_PHRASES));
      shown.add("…and " + more + " more");
      return String.join("; ", shown);
    }
    return String.join("; ", phrases);
  }

  /** True for an event that is part of creating or dropping a whole table in the same migration. */
  private static boolean impliedBy(ObjectEvent e, Set<String> wholeTables) {
    String kind = kind(e);
    if (kind.equals("index") && e.detail().startsWith("backs constraint ")) {
      return true;
    }
    if (kind.equals("index") && e.detail().startsWith("on ")) {
      return wholeTables.contains(e.detail().substring("on ".length()));
    }
    if (kind.equals("sequence") && e.detail().startsWith("owned by ")) {
      return wholeTables.stream().anyMatch(t -> e.detail().startsWith("owned by " + t + "."));
    }
    if (kind.equals("column") || kind.equals("constraint") || kind.equals("trigger")) {
      return wholeTables.contains(owner(e));
    }
    return false;
  }

  private static Group group(ObjectEvent e) {
    String kind = kind(e);
    String verb = MigrationSummary.verb(e.kind(), kind);
    boolean child = kind.equals("column") || kind.equals("constraint");
    if (child && verb.equals("creates")) {
      verb = "adds";
    }
    return new Group(verb, kind, child ? bare(owner(e)) : "");
  }

  /** The name shown: the object's own name (a column or constraint without its table), renames as {@code a to b}. */
  private static String label(ObjectEvent e) {
    String name = MigrationSummary.name(e);
    if (!group(e).table().isEmpty()) {
      name = name.substring(name.lastIndexOf('.') + 1);
    }
    if (e.kind() == ObjectEvent.Kind.RENAMED && e.detail().startsWith("renamed from ")) {
      return e.detail().substring("renamed from ".length()) + " to " + name;
    }
    return name;
  }

  private static String phrase(Group g, List<String> names) {
    boolean tables = g.kind().equals("table") && !g.verb().equals("renames");
    String what;
    int limit = g.table().isEmpty() ? MAX_NAMES : 1;
    if (names.size() > limit) {
      what = names.size() + " " + MigrationSummary.plural(g.kind());
    } else if (tables) {
      what = String.join(", ", names);
    } else {
      what = (names.size() == 1 ? g.kind() : MigrationSummary.plural(g.kind())) + " " + String.join(", ", names);
    }
    if (g.table().isEmpty()) {
      return g.verb() + " " + what;
    }
    String preposition = g.verb().equals("adds") ? " to " : g.verb().equals("drops") ? " from " : " of ";
    return g.verb() + " " + what + preposition + g.table();
  }

  private static String kind(ObjectEvent e) {
    return e.key().substring(0, e.key().indexOf(':'));
  }

  /** {@code schema.table} of a column, constraint or trigger key ({@code kind:schema.table.name}). */
  private static String owner(ObjectEvent e) {
    String rest = e.key().substring(e.key().indexOf(':') + 1);
    return rest.substring(0, rest.lastIndexOf('.'));
  }

  private static String bare(String qualified) {
    return qualified.startsWith("public.") ? qualified.substring("public.".length()) : qualified;
  }
}
