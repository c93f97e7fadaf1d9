/**
 * The history at a glance on the command line: {@code strata timeline}, {@code strata schema} and
 * {@code strata diff}. Each command opens the project ({@link dev.strata.server.workspace.Workspace}),
 * analyses every migration root with the same {@link dev.strata.model.analysis.Analysis} as
 * {@code lint} and the language server, and only formats what the model's {@code Timeline},
 * {@code SchemaDdl}, {@code MermaidEr}, {@code Snapshots} and {@code SchemaDiff} compute. JSON is
 * written here, never in the model.
 */
package dev.strata.server.history;
