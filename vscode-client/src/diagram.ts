/**
 * The `strata.showDiagramAtCursor` command: asks `strata/diagram` for the schema just before the
 * statement at the cursor and draws it with the bundled Mermaid in a webview (see diagramHtml).
 */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { diagramHtml } from './diagramHtml';

export async function showDiagramAtCursor(client: LanguageClient | undefined, extensionUri: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client?.isRunning() || !editor || editor.document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Strata: put the cursor in a migration file first (with the server running).');
    return;
  }
  const c2p = client.code2ProtocolConverter;
  let answer: unknown;
  try {
    answer = await client.sendRequest('strata/diagram',
      { uri: c2p.asUri(editor.document.uri), position: c2p.asPosition(editor.selection.active) });
  } catch (e) {
    void vscode.window.showWarningMessage(`Strata: strata/diagram failed: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const d = answer as { mermaid?: unknown; migration?: unknown } | null;
  if (!d || typeof d.mermaid !== 'string') {
    void vscode.window.showInformationMessage('Strata: this file is not a migration of any history.');
    return;
  }
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const title = `Schema before line ${editor.selection.active.line + 1} of ${String(d.migration ?? '')}`;
  const panel = vscode.window.createWebviewPanel('strataDiagram', `ER: ${String(d.migration ?? 'schema')}`,
    vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false });
  const dark = vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Dark
    || vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.HighContrast;
  panel.webview.html = diagramHtml({
    cspSource: panel.webview.cspSource,
    mermaidUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'mermaid.min.js')).toString(),
    nonce: crypto.randomBytes(16).toString('base64'),
    title,
    mermaid: d.mermaid,
    theme: dark ? 'dark' : 'default',
  });
}
