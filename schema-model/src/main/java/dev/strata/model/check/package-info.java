/**
 * The check API: migration-safety rules that read one statement (or one whole migration) against
 * the schema as it stands at that point in history, and the machinery that runs them.
 *
 * <p>A rule is a {@link dev.strata.model.check.Check} (per statement) or a
 * {@link dev.strata.model.check.FileCheck} (per migration) registered in
 * {@link dev.strata.model.check.Checks#ALL}. Rules are pure: they read the catalogs the
 * {@link dev.strata.model.check.CheckContext} hands them and report through it; they never mutate,
 * never do IO and never throw on user SQL. {@link dev.strata.model.check.CheckRunner} runs them for
 * the analysis, turns an exception in a rule into an {@code internal-error} diagnostic, applies
 * {@code -- strata-ignore} suppressions and the configured severities.
 *
 * <p>Invariant: a table is <em>new</em> when it was created earlier in the same migration (following
 * renames); rules that warn about locks, rewrites or data stay silent on new tables, because nothing
 * can be reading or writing them yet. Nothing here imports org.eclipse.lsp4j or the analysis package.
 */
package dev.strata.model.check;
