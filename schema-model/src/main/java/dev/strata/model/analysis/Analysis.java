package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.dml.DmlResolver;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * A migration history analysed: every migration applied in order to an immutable catalog, with
 * the catalog before and after every statement kept. The value is immutable; {@link #update}
 * returns a new analysis that re-uses every result before the first changed migration and every
 * later result whose starting catalog is unchanged (early cut-off), so an edit to migration k never
 * recomputes migrations before k.
 */
public final class Analysis {
  /** Longest chain of text shifts a reused result may carry before it is recomputed. */
  private static final int MAX_SHIFTS = 32;
  /** How many migrations to parse before parsing goes parallel. */
  private static final int PARALLEL_PARSE_MIN = 64;

  private final List<MigrationResult> results;
  private final List<List<TextShift>> stale;
  private final AnalysisConfig config;
  private final int recomputed;

  private Analysis(List<MigrationResult> results, List<List<TextShift>> stale, AnalysisConfig config, int recomputed) {
    this.results = List.copyOf(results);
    this.stale = List.copyOf(stale);
    this.config = config;
    this.recomputed = recomputed;
  }

  public static Analysis of(List<Migration> migrations, AnalysisConfig config) {
    return new Analysis(List.of(), List.of(), config, 0).update(migrations);
  }

  public static Analysis of(List<Migration> migrations) {
    return of(migrations, AnalysisConfig.DEFAULT);
  }

  /**
   * The analysis of {@code migrations}, computing only what differs from this one. A result is
   * re-used when its migration is unchanged and its starting catalog equals the one the new
   * history reaches. When exactly one migration's text changed, "equals" tolerates origins that
   * the edit merely moved (a comment or whitespace above them): such results are re-used with
   * their diagnostics' locations moved, and their catalogs keep the origins of the text they were
   * computed on. After a mismatch, comparisons back off exponentially, so a schema-changing edit
   * does not pay a catalog comparison for every later migration.
   */
  public Analysis update(List<Migration> migrations) {
    return new Updater(migrations).run();
  }

  /** One run of {@link #update}. */
  private final class Updater {
    private final List<Migration> migrations;
    private final List<MigrationResult> out;
    private final List<List<TextShift>> outStale;
    private final Map<FileId, MigrationResult> oldByFile = new HashMap<>();
    private final Map<Migration, Future<List<ParsedStatement>>> fresh = new IdentityHashMap<>();
    /** Results whose rules are still running, by position in {@code out} (null there until joined). */
    private final Map<Integer, Future<MigrationResult>> pending = new HashMap<>();
    private TextShift shift;
    private int shiftAt = -1;
    private boolean manyChanged;
    private int misses;
    private int nextCompare;
    private int count;

    Updater(List<Migration> migrations) {
      this.migrations = migrations;
      this.out = new ArrayList<>(migrations.size());
      this.outStale = new ArrayList<>(migrations.size());
      for (MigrationResult r : results) {
        oldByFile.putIfAbsent(r.migration().file(), r);
      }
    }

    Analysis run() {
      preparse();
      Catalog catalog = initialCatalog(migrations);
      int baseline = baselineIndex(migrations);
      int oldBaseline = baselineIndex(migrations());
      for (int i = 0; i < migrations.size(); i++) {
        Migration m = migrations.get(i);
        MigrationResult old = i < results.size() ? results.get(i) : null;
        boolean sameBaselining = (i <= baseline) == (i <= oldBaseline);
        if (old != null && sameBaselining && old.migration().equals(m) && reusable(i, old, catalog)) {
          catalog = out.get(i).after();
          continue;
        }
        if (old != null && !old.migration().equals(m)) {
          noteChange(i, old.migration(), m);
        }
        MigrationAnalyzer.Applied applied =
            MigrationAnalyzer.apply(i, m, catalog, parsedFor(m), config, i <= baseline);
        count++;
        pending.put(out.size(), Workers.submit(applied::check));
        out.add(null);
        outStale.add(List.of());
        catalog = applied.after();
      }
      pending.forEach((at, checked) -> out.set(at, Workers.join(checked)));
      return new Analysis(out, outStale, config, count);
    }

    private void noteChange(int i, Migration before, Migration after) {
      if (shift != null || manyChanged || !before.file().equals(after.file())) {
        shift = null;
        manyChanged = true;
        return;
      }
      shift = TextShift.between(after.file(), before.text(), after.text());
      shiftAt = i;
    }

    /** Re-uses {@code results[i]} (appending it to the output) when its start is unchanged. */
    private boolean reusable(int i, MigrationResult old, Catalog catalog) {
      List<TextShift> chain = stale.get(i);
      boolean shifted = shift != null && i > shiftAt;
      if (shifted) {
        if (chain.size() >= MAX_SHIFTS) {
          return false;
        }
        chain = append(chain, shift);
      }
      if (old.before() != catalog) {
        if (i < nextCompare) {
          return false;
        }
        boolean same = chain.isEmpty() ? old.before().equals(catalog) : new ShiftedEquality(chain).same(old.before(), catalog);
        if (!same) {
          misses++;
          nextCompare = i + (1 << Math.min(misses, 12));
          return false;
        }
      }
      MigrationResult r = shifted ? Relocation.diagnostics(old, shift) : old;
      if (r == null) {
        return false;
      }
      out.add(r);
      outStale.add(chain);
      return true;
    }

    /**
     * Queues the parse of every migration no old result has a parse for, when there are many (a
     * first analysis): {@link Workers} parse them in order while this thread applies the ones
     * already parsed.
     */
    private void preparse() {
      List<Migration> todo = migrations.stream().filter(m -> reusableParse(m) == null).toList();
      if (todo.size() < PARALLEL_PARSE_MIN) {
        return;
      }
      for (Migration m : todo) {
        fresh.put(m, Workers.submit(() -> parseAhead(m)));
      }
    }

    private List<ParsedStatement> reusableParse(Migration m) {
      MigrationResult r = oldByFile.get(m.file());
      if (r != null && r.migration().sql().equals(m.sql())) {
        return r.statements().stream().map(StatementResult::parsed).toList();
      }
      return null;
    }

    private List<ParsedStatement> parsedFor(Migration m) {
      Future<List<ParsedStatement>> pre = fresh.remove(m);
      if (pre != null) {
        return Workers.join(pre);
      }
      MigrationResult r = oldByFile.get(m.file());
      if (r != null && r.migration().sql().equals(m.sql())) {
        return r.statements().stream().map(StatementResult::parsed).toList();
      }
      return SqlParser.parse(m.sql());
    }
  }

  /**
   * Parses {@code m} with our parser and its queries with JSqlParser (which caches them by text for
   * the apply that follows).
   */
  private static List<ParsedStatement> parseAhead(Migration m) {
    List<ParsedStatement> statements = SqlParser.parse(m.sql());
    for (ParsedStatement ps : statements) {
      Statement s = ps.statement();
      if (s instanceof Statement.Dml dml && StatementChecks.checksReferences(dml.kind())) {
        DmlResolver.prepare(m.sql(), dml.body().range());
      } else if (s instanceof Statement.CreateView v) {
        DmlResolver.prepare(m.sql(), v.query().range());
      } else if (s instanceof Statement.CreateTableAs c) {
        DmlResolver.prepare(m.sql(), c.query().range());
      }
    }
    return statements;
  }

  private static List<TextShift> append(List<TextShift> chain, TextShift s) {
    List<TextShift> out = new ArrayList<>(chain.size() + 1);
    out.addAll(chain);
    out.add(s);
    return out;
  }

  /** The position of the configured baseline in {@code migrations}, or -1 (none, or not there). */
  private int baselineIndex(List<Migration> migrations) {
    if (config.baseline().isEmpty()) {
      return -1;
    }
    String name = config.baseline().get();
    for (int i = migrations.size() - 1; i >= 0; i--) {
      if (migrations.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the history starts: an empty database holding the bookkeeping table of the tool that
   * applies it (the first migration's tool; a history is applied by one tool).
   */
  private static Catalog initialCatalog(List<Migration> migrations) {
    return migrations.isEmpty() ? Catalog.empty() : Bookkeeping.initialCatalog(migrations.get(0).tool());
  }

  /** The analysis with one migration's text replaced (an editor buffer). */
  public Analysis withText(FileId file, String text) {
    List<Migration> ms = new ArrayList<>(migrations());
    for (int i = 0; i < ms.size(); i++) {
      if (ms.get(i).file().equals(file)) {
        ms.set(i, ms.get(i).withText(text));
      }
    }
    return update(ms);
  }

  public List<Migration> migrations() {
    return results.stream().map(MigrationResult::migration).toList();
  }

  public List<MigrationResult> results() {
    return results;
  }

  public AnalysisConfig config() {
    return config;
  }

  /** How many migrations the last {@link #update} analysed afresh (for tests of incrementality). */
  public int recomputedCount() {
    return recomputed;
  }

  public Optional<MigrationResult> result(FileId file) {
    return results.stream().filter(r -> r.migration().file().equals(file)).findFirst();
  }

  public Catalog finalCatalog() {
    return results.isEmpty() ? Catalog.empty() : results.get(results.size() - 1).after();
  }

  /** The catalog just before the statement at {@code offset} of {@code file} runs. */
  public Optional<Catalog> catalogAt(FileId file, int offset) {
    return result(file).map(r -> r.catalogAt(offset));
  }

  /** The first migration with an error: where a deploy of the whole history would stop. */
  public Optional<MigrationResult> firstFailing() {
    return results.stream().filter(r -> r.status() == MigrationResult.Status.FAILS).findFirst();
  }

  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    for (MigrationResult r : results) {
      all.addAll(r.diagnostics());
    }
    return Collections.unmodifiableList(all);
  }

  public List<Diagnostic> diagnostics(FileId file) {
    return result(file).map(MigrationResult::diagnostics).orElse(List.of());
  }

  public int statementCount() {
    return results.stream().mapToInt(r -> r.statements().size()).sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Analysis a && a.results.equals(results) && Objects.equals(a.config, config);
  }

  @Override
  public int hashCode() {
    return results.hashCode();
  }
}
