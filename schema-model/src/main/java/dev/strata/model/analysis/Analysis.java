package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.SqlParser;
import dev.strata.model.text.FileId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration history analysed: every migration applied in order to an immutable catalog, with
 * the catalog before and after every statement kept. The value is immutable; {@link #update}
 * returns a new analysis that re-uses every result before the first changed migration and every
 * later result whose starting catalog is unchanged (early cut-off), so an edit to migration k never
 * recomputes migrations before k.
 */
public final class Analysis {
  private final List<MigrationResult> results;
  private final AnalysisConfig config;
  private final int recomputed;

  private Analysis(List<MigrationResult> results, AnalysisConfig config, int recomputed) {
    this.results = List.copyOf(results);
    this.config = config;
    this.recomputed = recomputed;
  }

  public static Analysis of(List<Migration> migrations, AnalysisConfig config) {
    return new Analysis(List.of(), config, 0).update(migrations);
  }

  public static Analysis of(List<Migration> migrations) {
    return of(migrations, AnalysisConfig.DEFAULT);
  }

  /** The analysis of {@code migrations}, computing only what differs from this one. */
  public Analysis update(List<Migration> migrations) {
    List<MigrationResult> out = new ArrayList<>(migrations.size());
    Catalog catalog = initialCatalog(migrations);
    int count = 0;
    int baseline = baselineIndex(migrations);
    int oldBaseline = baselineIndex(migrations());
    for (int i = 0; i < migrations.size(); i++) {
      Migration m = migrations.get(i);
      MigrationResult old = i < results.size() ? results.get(i) : null;
      boolean sameBaselining = (i <= baseline) == (i <= oldBaseline);
      if (old != null && sameBaselining && old.migration().equals(m)
          && (old.before() == catalog || old.before().equals(catalog))) {
        out.add(old);
        catalog = old.after();
        continue;
      }
      List<ParsedStatement> parsed = parsedFor(m);
      MigrationResult r = MigrationAnalyzer.analyze(i, m, catalog, parsed, config, i <= baseline);
      count++;
      out.add(r);
      catalog = r.after();
    }
    return new Analysis(out, config, count);
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

  private List<ParsedStatement> parsedFor(Migration m) {
    for (MigrationResult r : results) {
      if (r.migration().file().equals(m.file()) && r.migration().sql().equals(m.sql())) {
        return r.statements().stream().map(StatementResult::parsed).toList();
      }
    }
    return SqlParser.parse(m.sql());
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
