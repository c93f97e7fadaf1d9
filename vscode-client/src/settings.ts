/**
 * Maps the `strata.*` VS Code settings to what the server reads from initializationOptions and
 * `workspace/configuration` (section `strata`):
 *
 * ```json
 * { "migrationRoots": ["db/migrations"], "tool": "prisma", "postgresVersion": 15,
 *   "rules": { "drop-column": "off" }, "debounceMillis": 150 }
 * ```
 *
 * Lenient like the server: a bad value is left out (the server then uses `strata.toml` or its
 * default) and yields a warning line for the output channel; nothing here throws. The client-only
 * settings `java.home` and `trace.server` are never sent.
 */

export const TOOLS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'diesel', 'plain'] as const;
export type ToolId = (typeof TOOLS)[number];

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** The settings object the server parses; keys that are unset are absent. */
export interface ServerSettings {
  migrationRoots?: string[];
  tool?: ToolId;
  postgresVersion?: number;
  rules?: Record<string, RuleLevel>;
  debounceMillis?: number;
}

export interface MappedSettings {
  readonly settings: ServerSettings;
  readonly warnings: readonly string[];
}

const LEVEL_ALIASES: Readonly<Record<string, RuleLevel>> = {
  warn: 'warning',
  information: 'info',
  hint: 'info',
  none: 'off',
  false: 'off',
};

/**
 * Maps the `strata` configuration section (any JSON-like value, e.g. the result of
 * `workspace.getConfiguration('strata')` flattened by {@link sectionValues}) to server settings.
 */
export function toServerSettings(section: unknown): MappedSettings {
  const warnings: string[] = [];
  const settings: ServerSettings = {};
  if (!isRecord(section)) {
    return { settings, warnings };
  }
  const roots = migrationRoots(section.migrationRoots, warnings);
  if (roots.length > 0) {
    settings.migrationRoots = roots;
  }
  const tool = toolId(section.tool, warnings);
  if (tool) {
    settings.tool = tool;
  }
  const pg = wholeNumber(section.postgresVersion, 'postgresVersion', 10, 18, warnings);
  if (pg !== undefined) {
    settings.postgresVersion = pg;
  }
  const rules = ruleLevels(section.rules, warnings);
  if (Object.keys(rules).length > 0) {
    settings.rules = rules;
  }
  const debounce = wholeNumber(section.debounceMillis, 'debounceMillis', 0, 10000, warnings);
  if (debounce !== undefined) {
    settings.debounceMillis = debounce;
  }
  return { settings, warnings };
}

/** The keys of the `strata` section that matter, read through a `get(key)` function. */
export function sectionValues(get: (key: string) => unknown): Record<string, unknown> {
  const keys = ['migrationRoots', 'tool', 'postgresVersion', 'rules', 'debounceMillis'];
  return Object.fromEntries(keys.map((k) => [k, get(k)]));
}

function migrationRoots(value: unknown, warnings: string[]): string[] {
  if (value === undefined || value === null) {
    return [];
  }
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (items === undefined) {
    warnings.push('strata.migrationRoots must be a list of folder paths; ignoring it');
    return [];
  }
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() !== '') {
      out.push(item.trim());
    } else {
      warnings.push(`strata.migrationRoots: ignoring ${JSON.stringify(item)} (not a folder path)`);
    }
  }
  return out;
}

function toolId(value: unknown, warnings: string[]): ToolId | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && ['', 'auto'].includes(value.trim().toLowerCase()))) {
    return undefined;
  }
  const id = typeof value === 'string' ? value.trim().toLowerCase().replace(/_/g, '-') : '';
  if ((TOOLS as readonly string[]).includes(id)) {
    return id as ToolId;
  }
  warnings.push(`strata.tool must be one of ${TOOLS.join(', ')}; detecting the tool instead of using ${JSON.stringify(value)}`);
  return undefined;
}

function ruleLevels(value: unknown, warnings: string[]): Record<string, RuleLevel> {
  const out: Record<string, RuleLevel> = {};
  if (value === undefined || value === null) {
    return out;
  }
  if (!isRecord(value)) {
    warnings.push('strata.rules must map rule ids to "off", "info", "warning" or "error"; ignoring it');
    return out;
  }
  for (const [id, raw] of Object.entries(value)) {
    const level = ruleLevel(raw);
    if (level) {
      out[id] = level;
    } else {
      warnings.push(`strata.rules.${id} must be "off", "info", "warning" or "error"; keeping its default`);
    }
  }
  return out;
}

function ruleLevel(raw: unknown): RuleLevel | undefined {
  if (raw === false) {
    return 'off';
  }
  if (typeof raw !== 'string') {
    return undefined;
  }
  const s = raw.trim().toLowerCase();
  return (RULE_LEVELS as readonly string[]).includes(s) ? (s as RuleLevel) : LEVEL_ALIASES[s];
}

/** A whole number in [min, max], also when written as a string; null/undefined/"" mean unset. */
function wholeNumber(value: unknown, key: string, min: number, max: number, warnings: string[]): number | undefined {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    warnings.push(`strata.${key} must be a whole number from ${min} to ${max}; ignoring ${JSON.stringify(value)}`);
    return undefined;
  }
  return n;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
