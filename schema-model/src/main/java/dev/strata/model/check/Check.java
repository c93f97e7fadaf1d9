package dev.strata.model.check;

import dev.strata.model.sql.ast.Statement;

/**
 * A rule that looks at one statement at its point in history. It runs after the statement's effects
 * are applied, so {@link CheckContext#catalogBefore()} and {@link CheckContext#catalogAfter()} are
 * both known, and only for statements PostgreSQL would accept: a statement that already has an
 * error is not linted. Implementations report through {@link CheckContext#report} and never throw.
 */
public non-sealed interface Check extends Rule {
  void run(CheckContext ctx, Statement stmt);
}
