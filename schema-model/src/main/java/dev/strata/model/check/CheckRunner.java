package dev.strata.model.check;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.PMap;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.Table;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.AlterAction;
import dev.strata.model.sql.ast.Ident;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.QualifiedName;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the enabled rules over one migration, statement by statement, as the analysis applies it.
 * It remembers which tables are new (created earlier in this migration), which rules fired, and
 * which suppressions were used; {@link #finish} runs the file checks and reports unused
 * file-level suppressions. Severities configured by id apply to every diagnostic that passes
 * through, not only to rules: {@code Optional.empty()} turns an id off.
 */
public final class CheckRunner {
  private final Migration migration;
  private final Map<String, Optional<Severity>> severities;
  private final int postgresVersion;
  private final boolean baselined;
  private final List<Rule> enabled;
  private final List<Suppression> fileSuppressions;
  private final Set<Suppression> usedFileSuppressions = new HashSet<>();
  private final Set<QName> newTables = new HashSet<>();
  private final Set<QName> newTypes = new HashSet<>();
  private final List<ParsedStatement> earlier = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();

  private CheckRunner(Migration migration, Map<String, Optional<Severity>> severities, int postgresVersion,
      boolean baselined, List<Rule> rules) {
    this.migration = migration;
    this.severities = Map.copyOf(severities);
    this.postgresVersion = postgresVersion;
    this.baselined = baselined;
    this.enabled = rules.stream().filter(this::isEnabled).toList();
    this.fileSuppressions = migration.sql().contains(Suppression.MARK)
        ? Suppression.in(Lexer.lex(migration.sql()), true)
        : List.of();
  }

  /** A runner for {@code migration} with the user's severities by id and the PostgreSQL major version. */
  public static CheckRunner start(Migration migration, Map<String, Optional<Severity>> severities,
      int postgresVersion) {
    return start(migration, severities, postgresVersion, false);
  }

  /**
   * A runner as {@link #start(Migration, Map, int)}; when {@code baselined}, the migration belongs
   * to a squashed baseline (it is the configured baseline or comes before it), so no table or type
   * it creates counts as new: the rules treat them as existing tables full of rows.
   */
  public static CheckRunner start(Migration migration, Map<String, Optional<Severity>> severities,
      int postgresVersion, boolean baselined) {
    return new CheckRunner(migration, severities, postgresVersion, baselined, Checks.ALL);
  }

  /** A runner with other rules than {@link Checks#ALL}, for tests of the runner itself. */
  static CheckRunner start(Migration migration, Map<String, Optional<Severity>> severities, int postgresVersion,
      List<Rule> rules) {
    return new CheckRunner(migration, severities, postgresVersion, false, rules);
  }

  private boolean isEnabled(Rule r) {
    Optional<Severity> configured = severities.get(r.code().id());
    return configured != null ? configured.isPresent() : r.enabledByDefault();
  }

  /**
   * The final diagnostics of one statement: {@code problems} (what applying it found) plus what the
   * rules report, minus suppressed ones, plus unused statement suppressions, with severities applied.
   * Rules do not run on a statement that already has an error: PostgreSQL would stop there anyway.
   */
  public List<Diagnostic> statement(ParsedStatement ps, Catalog before, Catalog after, boolean inTransaction,
      List<Diagnostic> problems) {
    List<Diagnostic> found = new ArrayList<>(problems);
    boolean failed = false;
    for (Diagnostic d : problems) {
      failed |= d.severity() == Severity.ERROR;
    }
    Statement s = ps.statement();
    if (!failed && !(s instanceof Statement.ParseError)) {
      // Read-only views, not copies: the rules run now, before any of these changes.
      CheckContext.Facts facts = new CheckContext.Facts(migration, ps, before, after, inTransaction,
          Collections.unmodifiableSet(newTables), Collections.unmodifiableSet(newTypes),
          Collections.unmodifiableList(earlier), postgresVersion, Collections.unmodifiableSet(reported),
          new IdentityHashMap<>());
      for (Rule r : enabled) {
        if (r instanceof Check c) {
          runGuarded(r, s.range(), found, () -> c.run(new CheckContext(facts, found::add), s));
        }
      }
    }
    List<Suppression> local = ps.raw().leadingComments().isEmpty()
        ? List.of()
        : Suppression.in(ps.raw().leadingComments(), false);
    List<Diagnostic> out = suppress(found, local);
    out.forEach(d -> reported.add(d.code().id()));
    track(s, before, after);
    earlier.add(ps);
    return withSeverities(out);
  }

  /** File checks and unused file-level suppressions: the migration's file diagnostics. */
  public List<Diagnostic> finish(List<ParsedStatement> all) {
    List<Diagnostic> found = new ArrayList<>();
    for (Rule r : enabled) {
      if (r instanceof FileCheck f) {
        runGuarded(r, new TextRange(0, 0), found, () -> f.run(new FileContext(migration, all, found::add)));
      }
    }
    List<Diagnostic> out = suppress(found, List.of());
    for (Suppression s : fileSuppressions) {
      if (!usedFileSuppressions.contains(s) && !disabledRule(s.id())) {
        out.add(unused(s));
      }
    }
    return withSeverities(out);
  }

  private void runGuarded(Rule r, TextRange at, List<Diagnostic> out, Runnable body) {
    try {
      body.run();
    } catch (RuntimeException | StackOverflowError e) {
      out.add(FileContext.build(migration, CheckProblems.INTERNAL_ERROR, at,
          "rule " + r.code().id() + " failed on this statement: " + e, "This is a bug in Strata; the rest of the "
              + "analysis is unaffected. Please report it with the statement.", List.of()));
    }
  }

  private List<Diagnostic> suppress(List<Diagnostic> found, List<Suppression> local) {
    Set<Suppression> used = new HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : found) {
      Optional<Suppression> file = first(fileSuppressions, d);
      Optional<Suppression> here = first(local, d);
      file.ifPresent(usedFileSuppressions::add);
      here.ifPresent(used::add);
      if (file.isEmpty() && here.isEmpty()) {
        out.add(d);
      }
    }
    for (Suppression s : local) {
      if (!used.contains(s) && !disabledRule(s.id())) {
        out.add(unused(s));
      }
    }
    return out;
  }

  private static Optional<Suppression> first(List<Suppression> list, Diagnostic d) {
    for (Suppression s : list) {
      if (s.id().equals(d.code().id())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A suppression of a registered rule that is switched off is moot, not stale. */
  private boolean disabledRule(String id) {
    return Checks.byId(id).map(r -> !isEnabled(r)).orElse(false);
  }

  private Diagnostic unused(Suppression s) {
    String scope = s.fileScope() ? "in this file" : "on the statement after it";
    String message = "suppression of \"" + s.id() + "\" is unused: nothing reports \"" + s.id() + "\" " + scope;
    return FileContext.build(migration, CheckProblems.UNUSED_SUPPRESSION, s.range(), message,
        "Remove the id from the comment; a stale suppression would hide a future finding.",
        List.of(new dev.strata.model.diag.Fix("Remove unused suppression", List.of(
            new dev.strata.model.diag.TextEdit(migration.file(), s.removal(migration.sql()), "")), true)));
  }

  private List<Diagnostic> withSeverities(List<Diagnostic> ds) {
    List<Diagnostic> out = new ArrayList<>(ds.size());
    for (Diagnostic d : ds) {
      Optional<Severity> configured = severities.get(d.code().id());
      if (configured == null) {
        out.add(d);
      } else {
        configured.ifPresent(sev -> out.add(d.withSeverity(sev)));
      }
    }
    return out;
  }

  /**
   * Updates which tables and types are new: what appears is new, unless it is an existing object
   * renamed. In a baselined migration nothing is new.
   */
  private void track(Statement s, Catalog before, Catalog after) {
    if (after == before || baselined) {
      return;
    }
    if (before.tables() != after.tables()) {
      replace(newTables, nextTables(newTables, before.tables(), after.tables(), renamedTable(s, before)));
    }
    if (before.enums() != after.enums() || before.domains() != after.domains()
        || before.composites() != after.composites()) {
      replace(newTypes, next(newTypes, typeKeys(before), typeKeys(after), renamedType(s, before)));
    }
  }

  /** {@link #next} for tables, from the maps' difference: no scan of every table per statement. */
  private static Set<QName> nextTables(
      Set<QName> current, PMap<QName, Table> before, PMap<QName, Table> after, Optional<QName> renamed) {
    boolean renamedExisting = renamed.map(q -> !current.contains(q)).orElse(false);
    Set<QName> next = new HashSet<>();
    for (QName q : current) {
      if (after.containsKey(q)) {
        next.add(q);
      }
    }
    if (!renamedExisting) {
      before.diff(after, (q, was, now) -> {
        if (was == null && now != null) {
          next.add(q);
        }
      });
    }
    return next;
  }

  private static void replace(Set<QName> target, Set<QName> values) {
    target.clear();
    target.addAll(values);
  }

  private static Set<QName> next(Set<QName> current, Set<QName> before, Set<QName> after, Optional<QName> renamed) {
    boolean renamedExisting = renamed.map(q -> !current.contains(q)).orElse(false);
    Set<QName> next = new HashSet<>();
    for (QName q : after) {
      boolean appeared = !before.contains(q);
      if (appeared ? !renamedExisting : current.contains(q)) {
        next.add(q);
      }
    }
    return next;
  }

  private static Set<QName> typeKeys(Catalog c) {
    Set<QName> out = new HashSet<>(c.enums().keys());
    out.addAll(c.domains().keys());
    out.addAll(c.composites().keys());
    return out;
  }

  private static Optional<QName> renamedTable(Statement s, Catalog before) {
    if (s instanceof Statement.AlterTable a && (!a.actions(AlterAction.RenameTable.class).isEmpty()
        || !a.actions(AlterAction.SetSchema.class).isEmpty())) {
      return before.resolve(before.tables(), a.name().schema().map(Ident::name), a.name().name());
    }
    return Optional.empty();
  }

  private static Optional<QName> renamedType(Statement s, Catalog before) {
    QualifiedName n = null;
    if (s instanceof Statement.Rename r && isType(r.kind())) {
      n = r.name();
    } else if (s instanceof Statement.SetObjectSchema r && isType(r.kind())) {
      n = r.name();
    }
    return n == null ? Optional.empty() : before.resolveType(n.schema().map(Ident::name), n.name());
  }

  private static boolean isType(ObjectKind k) {
    return k == ObjectKind.TYPE || k == ObjectKind.DOMAIN;
  }
}
