package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.check.CheckRunner;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one migration's statements in order to the catalog its predecessors left, under its
 * tool's transaction semantics, and collects every statement's result. Two phases: {@link #apply}
 * computes every statement's effect (sequential across the history: each migration starts where
 * the previous one ended); {@link Applied#check} then runs the rules over the recorded catalogs.
 * The second needs nothing but immutable values, so it may run on another thread while the next
 * migrations are applied.
 */
final class MigrationAnalyzer {
  private final Migration migration;
  private final List<ParsedStatement> parsed;
  private final List<Step> steps = new ArrayList<>();
  private Catalog catalog;
  private Catalog atBegin;
  private boolean explicitBlock;

  /**
   * One statement applied: catalogs before it, after it as the rules see it ({@code checked}, before
   * an autocommit) and after it as the next statement sees it; what applying it found.
   */
  private record Step(ParsedStatement ps, Catalog before, Catalog checked, Catalog after, List<Diagnostic> problems,
      List<ObjectEvent> events, boolean inTx, boolean runsRules, boolean queryChecksDeferred) {}

  private MigrationAnalyzer(Migration migration, Catalog before, List<ParsedStatement> parsed) {
    this.migration = migration;
    this.parsed = parsed;
    this.catalog = before;
  }

  /**
   * The effects of {@code m}'s statements; the rules run when {@link Applied#check} is called.
   *
   * @param baselined whether {@code m} is the configured baseline or comes before it, so the tables
   *     it creates count as existing for the rules
   */
  static Applied apply(int index, Migration m, Catalog before, List<ParsedStatement> parsed,
      AnalysisConfig config, boolean baselined) {
    MigrationAnalyzer a = new MigrationAnalyzer(m, before, parsed);
    a.run();
    return new Applied(index, m, before, a.catalog, parsed, List.copyOf(a.steps), config, baselined);
  }

  /** A migration applied, its rules not run yet. Immutable: {@link #check} may run on any thread. */
  static final class Applied {
    private final int index;
    private final Migration migration;
    private final Catalog before;
    private final Catalog after;
    private final List<ParsedStatement> parsed;
    private final List<Step> steps;
    private final AnalysisConfig config;
    private final boolean baselined;

    private Applied(int index, Migration migration, Catalog before, Catalog after, List<ParsedStatement> parsed,
        List<Step> steps, AnalysisConfig config, boolean baselined) {
      this.index = index;
      this.migration = migration;
      this.before = before;
      this.after = after;
      this.parsed = parsed;
      this.steps = steps;
      this.config = config;
      this.baselined = baselined;
    }

    /** The catalog the next migration starts from. */
    Catalog after() {
      return after;
    }

    /** Runs the rules statement by statement, in order, and assembles the migration's result. */
    MigrationResult check() {
      CheckRunner checks = CheckRunner.start(migration, config.severities(), config.postgresVersion(), baselined);
      List<StatementResult> results = new ArrayList<>(steps.size());
      for (Step s : steps) {
        List<Diagnostic> problems = s.problems();
        if (s.queryChecksDeferred()) {
          problems = new ArrayList<>(problems);
          StatementChecks.run(migration, s.ps(), s.before(), problems);
        }
        List<Diagnostic> diagnostics = s.runsRules()
            ? checks.statement(s.ps(), s.before(), s.checked(), s.inTx(), problems)
            : problems;
        results.add(new StatementResult(s.ps(), s.before(), s.after(), diagnostics, s.events(), s.inTx()));
      }
      return new MigrationResult(index, migration, before, after, results, checks.finish(parsed));
    }
  }

  private void run() {
    boolean wholeFileInTransaction = wholeFileInTransaction();
    for (ParsedStatement ps : parsed) {
      boolean inTx = wholeFileInTransaction || explicitBlock;
      Catalog before = catalog;
      List<Diagnostic> problems = new ArrayList<>();
      Statement s = ps.statement();
      if (s instanceof Statement.Transaction t) {
        transactionControl(t);
        steps.add(new Step(ps, before, catalog, catalog, problems, List.of(), inTx, false, false));
        continue;
      }
      List<ObjectEvent> events = List.of();
      boolean deferred = false;
      if (!TransactionRules.check(migration, ps, inTx, problems)) {
        deferred = StatementRunner.canDeferQueryChecks(ps, catalog);
        StatementRunner.Outcome applied = StatementRunner.run(migration, ps, catalog, inTx, !deferred);
        problems.addAll(applied.problems());
        catalog = applied.after();
        events = applied.events();
      }
      Catalog checked = catalog;
      if (!inTx) {
        catalog = catalog.commitTransaction();
      }
      steps.add(new Step(ps, before, checked, catalog, problems, events, inTx, true, deferred));
    }
    // The migration's session ends with it: its temporary objects go too.
    catalog = catalog.commitTransaction().endSession();
  }

  private void transactionControl(Statement.Transaction t) {
    switch (t.kind()) {
      case BEGIN -> {
        explicitBlock = true;
        atBegin = catalog;
      }
      case COMMIT -> {
        explicitBlock = false;
        catalog = catalog.commitTransaction();
      }
      case ROLLBACK -> {
        explicitBlock = false;
        if (atBegin != null) {
          catalog = atBegin;
        }
      }
      default -> { }
    }
  }

  /**
   * Whether every statement runs inside a transaction block: the tool wraps the file, or sends it as
   * one query with more than one statement (PostgreSQL's implicit transaction block).
   */
  private boolean wholeFileInTransaction() {
    TransactionMode mode = migration.transactionMode();
    if (mode == TransactionMode.WRAPPED) {
      return true;
    }
    if (mode == TransactionMode.IMPLICIT_SINGLE_QUERY) {
      return parsed.size() > 1;
    }
    return false;
  }
}
