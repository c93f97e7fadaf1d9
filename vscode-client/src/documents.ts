/**
 * The `strata.showSchemaAtCursor` and `strata.showObjectHistory` commands. Their answers open as
 * read-only virtual documents (scheme `strata-schema`), served by {@link VirtualDocuments}.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

export const SCHEME = 'strata-schema';

/** Read-only documents whose text the extension holds in memory. */
export class VirtualDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private counter = 0;
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '-- this Strata document is no longer available; run the command again\n';
  }

  /** Opens `text` beside the active editor under a title that ends in `.sql` or `.md`. */
  async show(title: string, text: string): Promise<vscode.TextEditor> {
    const uri = vscode.Uri.from({ scheme: SCHEME, path: `/${title}`, query: String(++this.counter) });
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
  }

  dispose(): void {
    this.changed.dispose();
    this.texts.clear();
  }
}

/** Where the user is: the active editor's document and cursor, in protocol form. */
function cursorParams(client: LanguageClient): { params: object; editor: vscode.TextEditor } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Strata: put the cursor in a migration file first.');
    return undefined;
  }
  const c2p = client.code2ProtocolConverter;
  return {
    editor,
    params: { uri: c2p.asUri(editor.document.uri), position: c2p.asPosition(editor.selection.active) },
  };
}

const FAILED = Symbol('failed');

/** Sends a custom request; a server error becomes a warning (older servers lack these requests). */
async function request(client: LanguageClient, method: string, params: object): Promise<unknown> {
  try {
    return await client.sendRequest<unknown>(method, params);
  } catch (e) {
    void vscode.window.showWarningMessage(`Strata: ${method} failed: ${e instanceof Error ? e.message : String(e)}`);
    return FAILED;
  }
}

/** `strata/schemaAt {uri, position}` → `{ddl}`, shown as SQL. */
export async function showSchemaAtCursor(client: LanguageClient | undefined, docs: VirtualDocuments): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Strata: the language server is not running.');
    return;
  }
  const at = cursorParams(client);
  if (!at) {
    return;
  }
  const result = await request(client, 'strata/schemaAt', at.params);
  if (result === FAILED) {
    return;
  }
  const ddl = typeof result === 'object' && result !== null ? (result as { ddl?: unknown }).ddl : undefined;
  if (typeof ddl !== 'string') {
    void vscode.window.showInformationMessage('Strata: no schema is known at this point (is this file part of the migration history?).');
    return;
  }
  const line = at.editor.selection.active.line + 1;
  const file = path.basename(path.dirname(at.editor.document.uri.fsPath)) + '/' + path.basename(at.editor.document.uri.fsPath);
  const header = `-- Schema before line ${line} of ${file}, as Strata computed it from the migration history.\n-- Read-only.\n\n`;
  await docs.show(`Schema at ${file.replace(/\//g, ' ')} line ${line}.sql`, header + ddl);
}

/**
 * `strata/objectHistory {uri, position}`: the server's answer is shown as Markdown when it is a
 * string or has a `markdown` field, else as pretty-printed JSON.
 */
export async function showObjectHistory(client: LanguageClient | undefined, docs: VirtualDocuments): Promise<void> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Strata: the language server is not running.');
    return;
  }
  const at = cursorParams(client);
  if (!at) {
    return;
  }
  const result = await request(client, 'strata/objectHistory', at.params);
  if (result === FAILED) {
    return;
  }
  if (result === null || result === undefined) {
    void vscode.window.showInformationMessage('Strata: no table, column or type under the cursor.');
    return;
  }
  const r = result as { markdown?: unknown; name?: unknown };
  const name = typeof r.name === 'string' ? r.name : 'object';
  if (typeof result === 'string' || typeof r.markdown === 'string') {
    await docs.show(`History of ${name}.md`, typeof result === 'string' ? result : String(r.markdown));
  } else {
    await docs.show(`History of ${name}.json`, JSON.stringify(result, null, 2) + '\n');
  }
}
