/**
 * The "Migration timeline" tree in the explorer: the migrations of the history the active file
 * belongs to (`strata/timeline`), with status icons and purposes; a click opens the file (at the
 * failing line for a failing migration). Refreshed on `strata/status`, on save and when the active
 * editor moves to another history.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRow, TimelineView, parseTimeline, presentRow } from './timelineModel';

export const TIMELINE_VIEW = 'strataTimeline';

export class TimelineProvider implements vscode.TreeDataProvider<TimelineRow>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private view: TimelineView | undefined;
  private anchor: vscode.Uri | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidSaveTextDocument((d) => (d.languageId === 'sql' ? this.refresh() : undefined)),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId === 'sql' && e.document.uri.scheme === 'file') {
          this.anchor = e.document.uri;
          void this.refresh();
        }
      }),
    );
  }

  /** Asks the server again for the history of the active (or last) migration file. */
  async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) {
      return;
    }
    const candidates = await this.candidates();
    for (const uri of candidates) {
      try {
        const view = parseTimeline(await client.sendRequest('strata/timeline', { uri: client.code2ProtocolConverter.asUri(uri) }));
        if (view) {
          this.anchor = uri;
          this.view = view;
          this.changed.fire();
          return;
        }
      } catch {
        return; // an older server without strata/timeline: leave the tree as it is
      }
    }
  }

  getTreeItem(row: TimelineRow): vscode.TreeItem {
    const p = presentRow(row);
    const item = new vscode.TreeItem(p.label, vscode.TreeItemCollapsibleState.None);
    item.description = p.description;
    item.tooltip = p.tooltip;
    item.iconPath = new vscode.ThemeIcon(p.icon, new vscode.ThemeColor(p.color));
    item.contextValue = p.contextValue;
    const uri = vscode.Uri.parse(row.uri);
    item.resourceUri = uri;
    const line = Math.max(0, (row.failure?.line ?? 1) - 1);
    item.command = { command: 'vscode.open', title: 'Open migration',
      arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) }] };
    return item;
  }

  getChildren(row?: TimelineRow): TimelineRow[] {
    return row ? [] : [...(this.view?.rows ?? [])];
  }

  /** The active SQL file, the last file that had a history, then a few migration files of the workspace. */
  private async candidates(): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'sql' && active.uri.scheme === 'file') {
      out.push(active.uri);
    }
    if (this.anchor) {
      out.push(this.anchor);
    }
    if (out.length === 0) {
      out.push(...await vscode.workspace.findFiles('**/*.sql', '**/node_modules/**', 10));
    }
    return out;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
