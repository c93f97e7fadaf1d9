/**
 * Owns the language client's life: find Java, start `java -jar server/strata.jar lsp`, restart it,
 * feed the status bar, and explain in the output channel and a notification when it cannot start.
 */
import * as fs from 'fs';
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, LanguageClient, State } from 'vscode-languageclient/node';
import { createClient, currentSettings } from './client';
import { JavaLookup, MIN_JAVA, findJava, systemProbe } from './java';
import { parseServerStatus } from './status';
import { StatusBar } from './statusBar';

export const SHOW_LOG_COMMAND = 'strata.showLog';

export class Controller implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly statusArrived = new vscode.EventEmitter<void>();
  /** Fires after each `strata/status` notification: a new analysis is ready. */
  readonly onStatus = this.statusArrived.event;

  constructor(
    private readonly jar: string,
    private readonly log: vscode.OutputChannel,
    private readonly status: StatusBar,
  ) {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(() => this.refreshErrors()),
      vscode.workspace.onDidChangeConfiguration((e) => this.configurationChanged(e)),
    );
  }

  /** The running client, if any. */
  get client(): LanguageClient | undefined {
    return this.current;
  }

  /** Starts the server; resolves false (after telling the user why) when it cannot. */
  async start(): Promise<boolean> {
    this.status.starting();
    if (!fs.existsSync(this.jar)) {
      return this.fail(`the server jar is missing: ${this.jar}`, 'The Strata extension is incomplete (server/strata.jar is missing); reinstall it.');
    }
    const java = await this.findJava();
    if (java.kind === 'missing') {
      return this.fail(`no Java ${MIN_JAVA}+ found`,
        `Strata needs Java ${MIN_JAVA} or newer to run its language server. Install a JDK (for example Temurin ${MIN_JAVA}) or set "strata.java.home" to its folder.`,
        'Open Settings');
    }
    this.log.appendLine(`[start] java ${java.major} from ${java.source}: ${java.executable}`);
    const client = createClient(java.executable, this.jar, this.log);
    client.onNotification('strata/status', (params: unknown) => {
      const s = parseServerStatus(params);
      if (s) {
        this.status.serverStatus(s, this.countErrors());
      }
      this.statusArrived.fire();
    });
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped && this.current === client) {
        this.status.stopped('the language server stopped (see the Strata output)');
      }
    });
    this.current = client;
    try {
      await client.start();
    } catch (e) {
      this.current = undefined;
      return this.fail(`the server did not start: ${e instanceof Error ? e.message : String(e)}`,
        'Strata: the language server did not start; see the Strata output for details.');
    }
    this.status.running(this.countErrors());
    return true;
  }

  async stop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    if (client) {
      await client.stop().catch((e) => this.log.appendLine(`[stop] ${String(e)}`));
    }
  }

  async restart(): Promise<boolean> {
    this.log.appendLine('[restart] restarting the language server');
    await this.stop();
    return this.start();
  }

  private async findJava(): Promise<JavaLookup> {
    const javaHome = vscode.workspace.getConfiguration('strata').get<string>('java.home');
    const found = await findJava({ javaHome, env: process.env, platform: process.platform }, systemProbe);
    found.skipped.forEach((why) => this.log.appendLine(`[java] skipped ${why}`));
    return found;
  }

  private fail(reason: string, message: string, ...extra: string[]): false {
    this.log.appendLine(`[start] cannot start the Strata language server: ${reason}`);
    this.status.stopped(reason);
    void vscode.window.showErrorMessage(message, ...extra, 'Show Log').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'strata.java.home');
      } else if (choice === 'Show Log') {
        this.log.show();
      }
    });
    return false;
  }

  private countErrors(): number {
    const diagnostics = this.current?.diagnostics;
    let errors = 0;
    diagnostics?.forEach((_uri, list) => {
      errors += list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    });
    return errors;
  }

  private refreshErrors(): void {
    if (this.current?.isRunning()) {
      this.status.running(this.countErrors());
    }
  }

  private configurationChanged(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration('strata.java.home')) {
      void vscode.window.showInformationMessage('Strata: restart the language server to use the new Java?', 'Restart')
        .then((choice) => (choice === 'Restart' ? this.restart() : undefined));
      return;
    }
    if (e.affectsConfiguration('strata') && this.current?.isRunning()) {
      void this.current.sendNotification(DidChangeConfigurationNotification.type, { settings: { strata: currentSettings(this.log) } });
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.statusArrived.dispose();
    void this.stop();
  }
}
