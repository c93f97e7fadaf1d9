/**
 * The `strata/timeline` answer and how each migration looks in the "Migration timeline" tree,
 * without VS Code (so it is unit-tested): parsing is lenient, a malformed row is dropped.
 */

export type MigrationStatus = 'ok' | 'stub' | 'fails' | 'blocked';

export interface TimelineFailure {
  readonly message: string;
  readonly line: number;
}

export interface TimelineRow {
  readonly index: number;
  readonly date?: string;
  readonly name: string;
  readonly uri: string;
  readonly purpose: string;
  readonly status: MigrationStatus;
  readonly failure?: TimelineFailure;
  readonly tablesAfter: number;
}

export interface TimelineView {
  readonly title: string;
  readonly rows: readonly TimelineRow[];
}

/** How one row is drawn: a codicon id and theme colour per status, the purpose as description. */
export interface RowPresentation {
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly icon: string;
  readonly color: string;
  readonly contextValue: string;
}

const STATUSES: readonly MigrationStatus[] = ['ok', 'stub', 'fails', 'blocked'];

const ICONS: Record<MigrationStatus, { icon: string; color: string; words: string }> = {
  ok: { icon: 'pass', color: 'testing.iconPassed', words: 'applies' },
  stub: { icon: 'circle-outline', color: 'disabledForeground', words: 'stub: no statements' },
  fails: { icon: 'error', color: 'errorForeground', words: 'fails: a deploy stops here' },
  blocked: { icon: 'debug-pause', color: 'list.warningForeground', words: 'blocked: a deploy never reaches it' },
};

/** Reads a `strata/timeline` answer; undefined for null (no history) or anything unusable. */
export function parseTimeline(raw: unknown): TimelineView | undefined {
  if (!isObject(raw) || !Array.isArray(raw.rows)) {
    return undefined;
  }
  const rows = raw.rows.map(parseRow).filter((r): r is TimelineRow => r !== undefined);
  return { title: typeof raw.title === 'string' ? raw.title : 'history', rows };
}

function parseRow(raw: unknown): TimelineRow | undefined {
  if (!isObject(raw) || typeof raw.name !== 'string' || typeof raw.uri !== 'string'
    || !STATUSES.includes(raw.status as MigrationStatus)) {
    return undefined;
  }
  const f = raw.failure;
  const failure = isObject(f) && typeof f.message === 'string' && typeof f.line === 'number'
    ? { message: f.message, line: f.line } : undefined;
  return {
    index: typeof raw.index === 'number' ? raw.index : 0,
    date: typeof raw.date === 'string' ? raw.date : undefined,
    name: raw.name,
    uri: raw.uri,
    purpose: typeof raw.purpose === 'string' ? raw.purpose : '',
    status: raw.status as MigrationStatus,
    failure,
    tablesAfter: typeof raw.tablesAfter === 'number' ? raw.tablesAfter : 0,
  };
}

/** The tree item for a row. */
export function presentRow(row: TimelineRow): RowPresentation {
  const look = ICONS[row.status];
  const lines = [`${row.name}${row.date ? ` (${row.date})` : ''}`, look.words, row.purpose];
  if (row.failure) {
    lines.push(`line ${row.failure.line}: ${row.failure.message}`);
  }
  lines.push(`${row.tablesAfter} table${row.tablesAfter === 1 ? '' : 's'} after`);
  const description = row.failure ? `line ${row.failure.line}: ${shortMessage(row.failure.message)}` : row.purpose;
  return { label: row.name, description, tooltip: lines.join('\n'), icon: look.icon, color: look.color,
    contextValue: `strataMigration.${row.status}` };
}

/** The model's message without its "at this point in history (…)" tail. */
export function shortMessage(message: string): string {
  return message.replace(/ at this point in history \([^)]*\)/, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
