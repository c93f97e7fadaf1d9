package dev.strata.model.analysis;

import dev.strata.model.catalog.Catalog;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.OpaqueEffect;
import dev.strata.model.diag.Diagnostic;
import dev.strata.model.diag.Severity;
import dev.strata.model.effect.Applied;
import dev.strata.model.effect.ApplyContext;
import dev.strata.model.effect.CatalogProblems;
import dev.strata.model.effect.Effects;
import dev.strata.model.effect.ObjectEvent;
import dev.strata.model.migration.Migration;
import dev.strata.model.sql.Lexer;
import dev.strata.model.sql.ParsedStatement;
import dev.strata.model.sql.Token;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one SQL statement against a catalog: its effect, the reference checks of its queries, and
 * the two ways dynamic SQL changes that: a call of a function that runs {@code EXECUTE} records an
 * opaque effect, and a relation an earlier opaque effect may have created is not an error (see
 * {@link OpaqueEffects}). DO blocks go through {@link DoBlockRunner}, which calls back here for
 * each statement of the body.
 */
final class StatementRunner {
  /** How many distinct stand-ins one statement may need (a statement naming several partitions). */
  private static final int MAX_STAND_INS = 8;

  /** The catalog after a statement, what is wrong with it and what it did. */
  record Outcome(Catalog after, List<Diagnostic> problems, List<ObjectEvent> events) {
    boolean failed() {
      return problems.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  private StatementRunner() {}

  static Outcome run(Migration m, ParsedStatement ps, Catalog before, boolean inTx) {
    return run(m, ps, before, inTx, true);
  }

  /**
   * Whether the reference checks of DML ({@link StatementChecks}) may wait until the rules run
   * (off the thread that applies the history): they change no catalog, and they can change how the
   * statement is applied only through a stand-in for a relation dynamic SQL may have created,
   * which needs an opaque effect in the catalog.
   */
  static boolean canDeferQueryChecks(ParsedStatement ps, Catalog before) {
    return ps.statement() instanceof Statement.Dml && before.opaqueEffects().isEmpty();
  }

  /**
   * @param checkQueries false to leave out the reference checks of DML, when {@link
   *     #canDeferQueryChecks} allows it; the caller runs {@link StatementChecks#run} later
   */
  static Outcome run(Migration m, ParsedStatement ps, Catalog before, boolean inTx, boolean checkQueries) {
    if (!checkQueries && !canDeferQueryChecks(ps, before)) {
      throw new IllegalArgumentException("the query checks of this statement cannot be deferred");
    }
    if (ps.statement() instanceof Statement.DoBlock block) {
      return DoBlockRunner.run(m, ps, block, before, inTx);
    }
    Catalog start = before;
    List<Diagnostic> unverified = new ArrayList<>();
    for (int attempt = 0; ; attempt++) {
      Outcome o = once(m, ps, start, inTx, checkQueries);
      Optional<Diagnostic> first = firstError(o.problems());
      if (first.isEmpty() || attempt == MAX_STAND_INS || !first.get().code().equals(CatalogProblems.UNKNOWN_TABLE)) {
        List<Diagnostic> all = new ArrayList<>(unverified);
        all.addAll(o.problems());
        return new Outcome(o.after(), all, o.events());
      }
      Name name = referencedName(m, first.get());
      Optional<OpaqueEffect> effect = OpaqueEffects.explaining(start, name);
      if (effect.isEmpty()) {
        List<Diagnostic> all = new ArrayList<>(unverified);
        all.addAll(o.problems());
        return new Outcome(o.after(), all, o.events());
      }
      unverified.add(OpaqueEffects.unverified(m, first.get().range().range(), name, effect.get()));
      start = OpaqueEffects.withStandIn(start, name, effect.get());
    }
  }

  private static Outcome once(Migration m, ParsedStatement ps, Catalog before, boolean inTx, boolean checkQueries) {
    List<Diagnostic> problems = new ArrayList<>();
    Applied applied = Effects.apply(before, ps.statement(), new ApplyContext(m.file(), m.name(), m.sql(), inTx));
    problems.addAll(applied.problems());
    if (checkQueries) {
      StatementChecks.run(m, ps, before, problems);
    }
    Catalog after = applied.after();
    if (!applied.failed() && ps.statement() instanceof Statement.Dml) {
      after = OpaqueEffects.afterCalls(after, m, ps.raw().tokens(), ps.statement().range());
    }
    return new Outcome(after, problems, applied.events());
  }

  private static Optional<Diagnostic> firstError(List<Diagnostic> problems) {
    for (Diagnostic d : problems) {
      if (d.severity() == Severity.ERROR) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The relation name an unknown-table diagnostic points at: the last identifier of its range. */
  static Name referencedName(Migration m, Diagnostic d) {
    String text = d.range().range().slice(m.sql());
    Token last = null;
    for (Token t : Lexer.lex(text)) {
      if (t.is(TokenKind.WORD) || t.is(TokenKind.QUOTED_IDENT)) {
        last = t;
      }
    }
    return last == null ? Name.of(text) : OpaqueEffects.name(last);
  }
}
