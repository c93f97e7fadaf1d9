/**
 * The language server: {@link dev.strata.server.lsp.StrataLanguageServer} (lifecycle and
 * capabilities), the {@link dev.strata.server.lsp.Session} (open texts, settings and one immutable
 * {@code Analysis} per migration root) and one small {@code *Handler} per request, each converting
 * with {@code dev.strata.server.convert}, calling the model once and converting back.
 *
 * <p>Invariants: analysis runs on one thread, debounced, and never on the protocol thread; the
 * unsaved editor text is the truth for open files and the saved file for the rest; diagnostics are
 * published for every migration of every history, with the document version when it is open, and
 * an empty list clears a file. A failing handler fails only its own request. No SQL, parsing or
 * catalog walking happens here: that is the model's job.
 *
 * <p>Features: hover, completion, definition, references, document and workspace symbols, code
 * lens and quick fixes, each a {@code *Handler} that finds its {@link dev.strata.server.lsp.DocumentTarget}
 * (the file in its history, brought up to the editor's text), calls one model feature and
 * converts. Strata's own requests are declared in {@link dev.strata.server.lsp.StrataProtocol};
 * {@code strata/status} goes to a {@link dev.strata.server.lsp.StrataClient} after every analysis.
 *
 * <p>Prisma schema files: a Prisma history's schema ({@link dev.strata.server.lsp.SchemaState}, the
 * model's {@code SchemaDrift}) is part of its {@link dev.strata.server.lsp.History}, so its drift
 * diagnostics are published with the migrations' and re-computed when either changes; hover and the
 * "create migration" quick fix ({@link dev.strata.server.lsp.DriftMigrationAction}) find it through
 * {@link dev.strata.server.lsp.SchemaTarget}.
 *
 * <p>Adding a feature: write {@code FooHandler} next to {@link dev.strata.server.lsp.HoverHandler},
 * advertise it in {@code serverCapabilities()} and override the request in
 * {@link dev.strata.server.lsp.TextDocumentHandler} (or {@code WorkspaceHandler}) with a
 * {@code Guard.request} call; a test in {@code FeaturesServerTest} places its cursor with a
 * {@code $0} snippet ({@code Marker}).
 *
 * <p>Invariant: nothing here walks a history once per file; per-file lookups go through maps
 * built in one pass ({@code History.diagnosticsByFile}), so 5,000 migrations stay interactive.
 */
package dev.strata.server.lsp;
