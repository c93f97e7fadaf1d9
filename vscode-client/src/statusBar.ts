/** The "Strata" status bar item: the pure ./status view applied to a VS Code item. */
import * as vscode from 'vscode';
import { ServerStatus, StatusState, statusView } from './status';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('strata.status', vscode.StatusBarAlignment.Left, 10);
  private server: ServerStatus | undefined;

  constructor(showLogCommand: string) {
    this.item.name = 'Strata';
    this.item.command = showLogCommand;
    this.render({ phase: 'starting' });
    this.item.show();
  }

  starting(): void {
    this.server = undefined;
    this.render({ phase: 'starting' });
  }

  stopped(reason: string): void {
    this.render({ phase: 'stopped', reason });
  }

  /** A `strata/status` notification arrived. */
  serverStatus(status: ServerStatus, diagnosticErrors: number): void {
    this.server = status;
    this.running(diagnosticErrors);
  }

  /** Diagnostics changed, or the server just started. */
  running(diagnosticErrors: number): void {
    this.render({ phase: 'running', server: this.server, diagnosticErrors });
  }

  private render(state: StatusState): void {
    const view = statusView(state);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.alert === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
