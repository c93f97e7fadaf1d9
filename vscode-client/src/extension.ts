/**
 * Entry point: wires the output channel, status bar, commands and the language client together.
 * All logic lives in the modules it imports; the extension contains no analysis of its own.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Controller, SHOW_LOG_COMMAND } from './controller';
import { SCHEME, VirtualDocuments, showObjectHistory, showSchemaAtCursor } from './documents';
import { StatusBar } from './statusBar';
import { showDiagramAtCursor } from './diagram';
import { TIMELINE_VIEW, TimelineProvider } from './timelineView';

/** What the extension exports (used by the end-to-end test). */
export interface StrataApi {
  /** Resolves once the first start attempt is over: true when the server runs. */
  readonly started: Promise<boolean>;
  client(): LanguageClient | undefined;
}

let controller: Controller | undefined;

export function activate(context: vscode.ExtensionContext): StrataApi {
  const log = vscode.window.createOutputChannel('Strata');
  const status = new StatusBar(SHOW_LOG_COMMAND);
  // STRATA_SERVER_JAR lets a development host run a freshly built jar.
  const jar = process.env.STRATA_SERVER_JAR || context.asAbsolutePath('server/strata.jar');
  const ctl = new Controller(jar, log, status);
  controller = ctl;
  const docs = new VirtualDocuments();
  const timeline = new TimelineProvider(() => ctl.client);
  context.subscriptions.push(
    timeline,
    vscode.window.registerTreeDataProvider(TIMELINE_VIEW, timeline),
    ctl.onStatus(() => void timeline.refresh()),
    vscode.commands.registerCommand('strata.refreshTimeline', () => timeline.refresh()),
    vscode.commands.registerCommand('strata.showDiagramAtCursor', () => showDiagramAtCursor(ctl.client, context.extensionUri)),
    log,
    status,
    ctl,
    docs,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, docs),
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()),
    vscode.commands.registerCommand('strata.restartServer', () => ctl.restart()),
    vscode.commands.registerCommand('strata.showSchemaAtCursor', () => showSchemaAtCursor(ctl.client, docs)),
    vscode.commands.registerCommand('strata.showObjectHistory', () => showObjectHistory(ctl.client, docs)),
  );
  const started = ctl.start();
  runEndToEndTests(started);
  return { started, client: () => ctl.client };
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
}

/**
 * The end-to-end runner (e2e/run.sh) sets STRATA_E2E_TESTS to a test module exporting `run()`;
 * it runs once the extension is up. Results go to the file named by STRATA_E2E_RESULTS.
 */
function runEndToEndTests(started: Promise<boolean>): void {
  const tests = process.env.STRATA_E2E_TESTS;
  if (!tests) {
    return;
  }
  void started.then(() => require(tests).run()).catch((e: unknown) => {
    const results = process.env.STRATA_E2E_RESULTS;
    if (results) {
      require('fs').appendFileSync(results, JSON.stringify({ type: 'error', message: String(e instanceof Error ? e.stack : e) }) + '\n');
    }
  });
}
