/**
 * What the status bar item says, without VS Code. The server may send the custom notification
 * `strata/status {tool, migrations, errors}`; until it does (or when a server never does) the
 * item falls back to the number of error diagnostics the client has received.
 */

/** The payload of `strata/status`; every field is optional. */
export interface ServerStatus {
  readonly tool?: string;
  readonly migrations?: number;
  readonly errors?: number;
}

export type StatusState =
  | { readonly phase: 'starting' }
  | { readonly phase: 'running'; readonly server?: ServerStatus; readonly diagnosticErrors: number }
  | { readonly phase: 'stopped'; readonly reason: string };

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** Drives the item's background colour. */
  readonly alert: 'none' | 'error';
}

/** Reads a `strata/status` payload leniently: wrong-typed fields are dropped, a non-object is undefined. */
export function parseServerStatus(params: unknown): ServerStatus | undefined {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    return undefined;
  }
  const p = params as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  return {
    tool: typeof p.tool === 'string' && p.tool !== '' ? p.tool : undefined,
    migrations: count(p.migrations),
    errors: count(p.errors),
  };
}

/** The text, tooltip and colour for a state. */
export function statusView(state: StatusState): StatusView {
  switch (state.phase) {
    case 'starting':
      return { text: '$(sync~spin) Strata', tooltip: 'Strata: starting the language server…', alert: 'none' };
    case 'stopped':
      return { text: '$(error) Strata', tooltip: `Strata is not running: ${state.reason}`, alert: 'error' };
    case 'running':
      return runningView(state.server, state.diagnosticErrors);
  }
}

function runningView(server: ServerStatus | undefined, diagnosticErrors: number): StatusView {
  const errors = server?.errors ?? diagnosticErrors;
  const parts: string[] = [];
  if (server?.tool) {
    parts.push(server.tool);
  }
  if (server?.migrations !== undefined) {
    parts.push(plural(server.migrations, 'migration'));
  }
  const icon = errors > 0 ? '$(error)' : '$(database)';
  const text = `${icon} Strata${parts.length ? ' ' + parts.join(' · ') : ''}${errors > 0 ? ' · ' + plural(errors, 'error') : ''}`;
  const layout = server?.tool ? `Layout: ${server.tool}` : 'Layout: not reported yet';
  const tooltip = [
    'Strata — SQL migration history',
    layout,
    server?.migrations !== undefined ? `Migrations: ${server.migrations}` : undefined,
    `Errors: ${errors}`,
    'Click to show the log',
  ].filter((l) => l !== undefined).join('\n');
  return { text, tooltip, alert: errors > 0 ? 'error' : 'none' };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
