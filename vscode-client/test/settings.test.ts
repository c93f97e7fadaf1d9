import * as assert from "node:assert/strict";
import { describe, it } from 'node:test';
import { sectionValues, toServerSettings } from '../src/settings';

describe('toServerSettings', () => {
  it('passes valid settings through in the shape the server reads', () => {
    const r = toServerSettings({
      migrationRoots: ['apps/backend/prisma/migrations'],
      tool: 'prisma',
      postgresVersion: 15,
      rules: { 'drop-column': 'off', 'unknown-column': 'error' },
      debounceMillis: 300,
    });
    assert.deepEqual(r, {
      settings: {
        migrationRoots: ['apps/backend/prisma/migrations'],
        tool: 'prisma',
        postgresVersion: 15,
        rules: { 'drop-column': 'off', 'unknown-column': 'error' },
        debounceMillis: 300,
      },
      warnings: [],
    });
  });

  it('leaves defaults out so strata.toml stays in charge', () => {
    assert.deepEqual(toServerSettings({ migrationRoots: [], tool: '', postgresVersion: null, rules: {}, debounceMillis: undefined }),
      { settings: {}, warnings: [] });
  });

  it('is lenient: a single root string, tool case and underscores, numbers as strings, level aliases', () => {
    const r = toServerSettings({ migrationRoots: ' db/migrations ', tool: 'Golang_Migrate', postgresVersion: '16', debounceMillis: '0',
      rules: { a: 'WARN', b: 'Information', c: false } });
    assert.deepEqual(r.settings, { migrationRoots: ['db/migrations'], tool: 'golang-migrate', postgresVersion: 16, debounceMillis: 0,
      rules: { a: 'warning', b: 'info', c: 'off' } });
    assert.deepEqual(r.warnings, []);
  });

  it('drops each bad value with a warning and keeps the good ones', () => {
    const r = toServerSettings({ migrationRoots: ['ok', 42, ''], tool: 'liquibase', postgresVersion: 9, debounceMillis: -5,
      rules: { 'drop-column': 'loud', 'unknown-table': 'error' } });
    assert.deepEqual(r.settings, { migrationRoots: ['ok'], rules: { 'unknown-table': 'error' } });
    assert.deepEqual(r.warnings, [
      'strata.migrationRoots: ignoring 42 (not a folder path)',
      'strata.migrationRoots: ignoring "" (not a folder path)',
      'strata.tool must be one of prisma, flyway, golang-migrate, goose, dbmate, diesel, plain; detecting the tool instead of using "liquibase"',
      'strata.postgresVersion must be a whole number from 10 to 18; ignoring 9',
      'strata.rules.drop-column must be "off", "info", "warning" or "error"; keeping its default',
      'strata.debounceMillis must be a whole number from 0 to 10000; ignoring -5',
    ]);
  });

  it('rejects wrong shapes without throwing', () => {
    const r = toServerSettings({ migrationRoots: { a: 1 }, rules: ['off'], postgresVersion: 15.5 });
    assert.deepEqual(r.settings, {});
    assert.equal(r.warnings.length, 3);
    assert.deepEqual(toServerSettings(null), { settings: {}, warnings: [] });
    assert.deepEqual(toServerSettings('strata'), { settings: {}, warnings: [] });
  });

  it('never forwards client-only settings', () => {
    const r = toServerSettings({ java: { home: '/opt/jdk' }, trace: { server: 'verbose' }, tool: 'flyway' });
    assert.deepEqual(r.settings, { tool: 'flyway' });
  });
});

describe('sectionValues', () => {
  it('reads exactly the server keys through get()', () => {
    const asked: string[] = [];
    const v = sectionValues((k) => { asked.push(k); return k === 'tool' ? 'goose' : undefined; });
    assert.deepEqual(asked, ['migrationRoots', 'tool', 'postgresVersion', 'rules', 'debounceMillis']);
    assert.deepEqual(toServerSettings(v).settings, { tool: 'goose' });
  });
});
