/**
 * Builds the language client: the server command (`java -jar server/strata.jar lsp`), which
 * documents go to the server (./selectors: SQL and Prisma schemas), and the settings the server
 * sees (mapped by ./settings).
 */
import * as vscode from 'vscode';
import {
  ConfigurationParams,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, WATCHED_FILES } from './selectors';
import { ServerSettings, sectionValues, toServerSettings } from './settings';

export const CLIENT_ID = 'strata';

/** The mapped `strata` settings for a folder (or the window); warnings go to `log`. */
export function currentSettings(log: vscode.OutputChannel, scope?: vscode.Uri): ServerSettings {
  const config = vscode.workspace.getConfiguration('strata', scope);
  const mapped = toServerSettings(sectionValues((k) => config.get(k)));
  mapped.warnings.forEach((w) => log.appendLine(`[settings] ${w}`));
  return mapped.settings;
}

export function createClient(java: string, jar: string, log: vscode.OutputChannel): LanguageClient {
  const serverOptions: ServerOptions = {
    command: java,
    args: ['-jar', jar, 'lsp'],
    // no `transport`: TransportKind.stdio would append --stdio, which `strata lsp` rejects
    options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: log,
    traceOutputChannel: log,
    initializationOptions: currentSettings(log),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_FILES),
    },
    middleware: {
      workspace: {
        configuration: async (params: ConfigurationParams, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) =>
            item.section === 'strata'
              ? currentSettings(log, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i]);
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Strata', serverOptions, clientOptions);
}
