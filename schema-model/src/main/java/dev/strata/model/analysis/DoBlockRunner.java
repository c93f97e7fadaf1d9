package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.OpaqueEffect;
import dev.strata.model.catalog.Origin;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.effect.CatalogProblems;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.plpgsql.PlNode;
import dev.strata.model.sql.plpgsql.PlpgsqlBody;
import dev.strata.model.text.FileRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Interprets a {@code DO} block: the SQL statements of its PL/pgSQL body are applied in order, each
 * through {@link StatementRunner}, with PostgreSQL's run-time semantics as far as they can be known
 * ahead of time:
 * <ul>
 *   <li>A statement at the top level of the body runs: its error is an error, and PostgreSQL then
 *       aborts the whole block (nothing of it stays).</li>
 *   <li>A statement inside IF, CASE or a loop may not run, because we cannot evaluate the condition
 *       or the loop's rows. It is applied once when it succeeds; when it fails, its error becomes an
 *       info and the statement is skipped. This is also how {@code IF NOT EXISTS (SELECT ... FROM
 *       pg_type ...) THEN CREATE TYPE ...} guards come out right: the CREATE applies when the type
 *       does not exist and is skipped when it does.</li>
 *   <li>A statement in a block with an EXCEPTION clause that fails is caught: the error becomes an
 *       info naming the handler, and the block is rolled back to its start.</li>
 *   <li>{@code EXECUTE} and calls of functions that run dynamic SQL leave an opaque effect.</li>
 * </ul>
 * References to the body's own variables (DECLARE, loop variables) are not reported as unknown
 * columns or tables.
 */
final class DoBlockRunner {
  /** Thrown when a failing statement ends a block: caught by a handler, or aborting the DO. */
  private static final class Unwind extends RuntimeException {
    Unwind() {
      super(null, null, false, false);
    }
  }

  private final Migration m;
  private final boolean inTx;
  private final Set<String> variables;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final List<ObjectEvent> events = new ArrayList<>();
  private Catalog cat;

  private DoBlockRunner(Migration m, boolean inTx, Set<String> variables, Catalog before) {
    this.m = m;
    this.inTx = inTx;
    this.variables = variables;
    this.cat = before;
  }

  static StatementRunner.Outcome run(Migration m, ParsedStatement ps, Statement.DoBlock block, Catalog before,
      boolean inTx) {
    Origin origin = new Origin(m.file(), block.range(), m.name());
    Optional<PlpgsqlBody> body = ps.raw().tokens().stream().filter(t -> t.is(TokenKind.DOLLAR_STRING)).findFirst()
        .flatMap(t -> PlpgsqlBody.parse(m.sql(), t));
    if (body.isEmpty()) {
      // Not PL/pgSQL we can read: whatever it does is unknown, like dynamic SQL.
      Diagnostic d = AnalysisProblems.queryNotAnalysed(m.file(), block.range(),
          "the body of this DO block could not be read, so its effect on the schema is unknown");
      OpaqueEffect e = new OpaqueEffect("the DO block at " + OpaqueEffects.where(m, block.range()),
          PlpgsqlBody.literals(ps.raw().tokens()), origin);
      return new StatementRunner.Outcome(before.withOpaqueEffect(e), List.of(d), List.of());
    }
    DoBlockRunner r = new DoBlockRunner(m, inTx, body.get().variables(), before);
    try {
      r.block(body.get().root(), false);
    } catch (Unwind aborted) {
      return new StatementRunner.Outcome(before, r.problems, List.of());
    }
    if (body.get().executesDynamicSql()) {
      r.cat = r.cat.withOpaqueEffect(new OpaqueEffect("dynamic SQL in the DO block at "
          + OpaqueEffects.where(m, block.range()), body.get().literals(), origin));
    }
    return new StatementRunner.Outcome(r.cat, r.problems, r.events);
  }

  private void block(PlNode.Block b, boolean conditional) {
    if (b.handlers().isEmpty()) {
      nodes(b.body(), conditional, List.of());
      return;
    }
    Catalog start = cat;
    try {
      nodes(b.body(), conditional, b.handlers());
    } catch (Unwind caught) {
      cat = start;
    }
  }

  private void nodes(List<PlNode> nodes, boolean conditional, List<String> handlers) {
    for (PlNode n : nodes) {
      if (n instanceof PlNode.Sql s) {
        sql(s.parsed(), conditional, handlers);
      } else if (n instanceof PlNode.Block b) {
        if (b.handlers().isEmpty()) {
          nodes(b.body(), conditional, handlers);
        } else {
          block(b, conditional);
        }
      } else if (n instanceof PlNode.Branch br) {
        nodes(br.body(), true, handlers);
      } else if (n instanceof PlNode.Perform p) {
        cat = OpaqueEffects.afterCalls(cat, m, p.tokens(), p.range());
      }
    }
  }

  private void sql(ParsedStatement ps, boolean conditional, List<String> handlers) {
    StatementRunner.Outcome o = StatementRunner.run(m, ps, cat, inTx);
    List<Diagnostic> found = o.problems().stream().filter(d -> !namesVariable(d)).toList();
    boolean failed = found.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (!failed) {
      problems.addAll(found);
      events.addAll(o.events());
      cat = o.after();
      return;
    }
    if (!handlers.isEmpty()) {
      problems.addAll(downgraded(found, "the block's EXCEPTION WHEN " + String.join(" OR ", handlers)
          + " handler catches this at run time, and the block is rolled back"));
      throw new Unwind();
    }
    if (conditional) {
      problems.addAll(downgraded(found, "this statement runs only under a condition or loop Strata cannot "
          + "evaluate; where it runs, PostgreSQL would fail here"));
      return;
    }
    problems.addAll(found);
    throw new Unwind();
  }

  private static List<Diagnostic> downgraded(List<Diagnostic> ds, String why) {
    return ds.stream().map(d -> d.severity() != Severity.ERROR ? d
        : new Diagnostic(d.code(), Severity.INFO, d.message() + " (" + why + ")", d.range(), d.help(),
            d.related(), d.fixes())).toList();
  }

  /** An unknown-column or unknown-table report that is really a reference to a PL/pgSQL variable. */
  private boolean namesVariable(Diagnostic d) {
    if (!d.code().equals(CatalogProblems.UNKNOWN_COLUMN) && !d.code().equals(CatalogProblems.UNKNOWN_TABLE)) {
      return false;
    }
    FileRange r = d.range();
    String text = r.range().slice(m.sql()).toLowerCase(Locale.ROOT);
    int dot = text.indexOf('.');
    return variables.contains(text) || (dot > 0 && variables.contains(text.substring(0, dot)));
  }
}
