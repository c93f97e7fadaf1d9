package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.check.CheckRunner;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.migration.Migration;
import dev.strata.model.migration.TransactionMode;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one migration's statements in order to the catalog its predecessors left, under its
 * tool's transaction semantics, and collects every statement's result.
 */
final class MigrationAnalyzer {
  private final int index;
  private final Migration migration;
  private final List<ParsedStatement> parsed;
  private final List<StatementResult> results = new ArrayList<>();
  private final CheckRunner checks;
  private Catalog catalog;
  private Catalog atBegin;
  private boolean explicitBlock;

  private MigrationAnalyzer(int index, Migration migration, Catalog before, List<ParsedStatement> parsed,
      AnalysisConfig config, boolean baselined) {
    this.index = index;
    this.migration = migration;
    this.parsed = parsed;
    this.catalog = before;
    this.checks = CheckRunner.start(migration, config.severities(), config.postgresVersion(), baselined);
  }

  /**
   * @param baselined whether {@code m} is the configured baseline or comes before it, so the tables
   *     it creates count as existing for the rules
   */
  static MigrationResult analyze(int index, Migration m, Catalog before, List<ParsedStatement> parsed,
      AnalysisConfig config, boolean baselined) {
    MigrationAnalyzer a = new MigrationAnalyzer(index, m, before, parsed, config, baselined);
    a.run();
    return new MigrationResult(index, m, before, a.catalog, a.results, a.checks.finish(a.parsed));
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
        results.add(new StatementResult(ps, before, catalog, problems, List.of(), inTx));
        continue;
      }
      var events = List.<dev.strata.model.effect.ObjectEvent>of();
      if (!TransactionRules.check(migration, ps, inTx, problems)) {
        StatementRunner.Outcome applied = StatementRunner.run(migration, ps, catalog, inTx);
        problems.addAll(applied.problems());
        catalog = applied.after();
        events = applied.events();
      }
      problems = checks.statement(ps, before, catalog, inTx, problems);
      if (!inTx) {
        catalog = catalog.commitTransaction();
      }
      results.add(new StatementResult(ps, before, catalog, problems, events, inTx));
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

  int index() {
    return index;
  }
}
