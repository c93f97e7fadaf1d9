/**
 * The analysis facade and the editor features built on it. {@link dev.strata.model.analysis.Analysis}
 * applies a migration history and keeps the schema before and after every statement; the feature
 * classes ({@link dev.strata.model.analysis.Hover}, {@link dev.strata.model.analysis.Completion},
 * {@link dev.strata.model.analysis.GotoDefinition}, {@link dev.strata.model.analysis.References},
 * {@link dev.strata.model.analysis.DocumentSymbols}, {@link dev.strata.model.analysis.WorkspaceSymbols},
 * {@link dev.strata.model.analysis.SchemaDdl}, {@link dev.strata.model.analysis.ObjectHistory}) answer
 * questions about it with plain records and char offsets.
 *
 * <p>Invariant: nothing here imports org.eclipse.lsp4j or does IO; feature methods never throw on
 * user SQL (text that does not parse yields fewer answers, not exceptions).
 *
 * <p>Invariant: a name is resolved against the schema at its point in history: before its
 * statement, or after it for names the statement creates. Identities of objects follow renames
 * ({@code SymbolIndex}), so references and history see one object under all its names.
 */
package dev.strata.model.analysis;
