/**
 * The {@code strata} command line: picocli commands ({@link dev.strata.server.cli.StrataCommand},
 * {@link dev.strata.server.cli.LintCommand}) and the {@code lint} reporters (text, JSON, SARIF,
 * GitHub annotations).
 *
 * <p>Invariants: reporters are pure functions of a {@link dev.strata.server.cli.LintReport} and a
 * {@link dev.strata.server.cli.ReportContext}; they never reorder findings. Commands never print
 * outside their {@link dev.strata.server.cli.Terminal}. The analysis is reached only through
 * {@link dev.strata.server.cli.LintEngine}, so the CLI and the language server share one code path
 * and this package knows no SQL. Nothing here imports org.eclipse.lsp4j.
 */
package dev.strata.server.cli;
