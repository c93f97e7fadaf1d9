/**
 * The project on disk: the directory walk ({@link dev.strata.server.workspace.ProjectFiles}), the
 * {@code strata.toml} configuration ({@link dev.strata.server.workspace.ProjectConfig}) and the
 * glue that hands both to the model's migration discovery
 * ({@link dev.strata.server.workspace.Workspace}).
 *
 * <p>Invariant: this is the only place that walks folders; the model sees relative paths with
 * forward slashes and a text reader. Configuration is lenient: a bad value becomes a warning and
 * its default, never an exception.
 */
package dev.strata.server.workspace;
