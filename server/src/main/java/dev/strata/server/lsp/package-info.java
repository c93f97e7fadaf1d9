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
 * <p>Adding a feature (hover, definition, completion): write {@code HoverHandler} next to
 * {@link dev.strata.server.lsp.CodeActionHandler}, advertise it in {@code serverCapabilities()} and
 * override the request in {@link dev.strata.server.lsp.TextDocumentHandler} with a
 * {@code Guard.request} call.
 */
package dev.strata.server.lsp;
