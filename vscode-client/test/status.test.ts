import * as assert from "node:assert/strict";
import { describe, it } from 'node:test';
import { parseServerStatus, statusView } from '../src/status';

describe('status bar', () => {
  it('shows layout, migrations and errors from strata/status', () => {
    const v = statusView({ phase: 'running', server: { tool: 'prisma', migrations: 8, errors: 1 }, diagnosticErrors: 0 });
    assert.equal(v.text, '$(error) Strata prisma · 8 migrations · 1 error');
    assert.equal(v.alert, 'error');
    assert.match(v.tooltip, /Layout: prisma\nMigrations: 8\nErrors: 1/);
  });

  it('falls back to counted diagnostics when the server sends no status', () => {
    assert.equal(statusView({ phase: 'running', diagnosticErrors: 2 }).text, '$(error) Strata · 2 errors');
    const clean = statusView({ phase: 'running', diagnosticErrors: 0 });
    assert.equal(clean.text, '$(database) Strata');
    assert.equal(clean.alert, 'none');
    assert.match(clean.tooltip, /Layout: not reported yet/);
  });

  it('says why it is not running', () => {
    const v = statusView({ phase: 'stopped', reason: 'no Java 17+ found' });
    assert.equal(v.text, '$(error) Strata');
    assert.equal(v.tooltip, 'Strata is not running: no Java 17+ found');
  });

  it('reads strata/status leniently', () => {
    assert.deepEqual(parseServerStatus({ tool: 'flyway', migrations: 3, errors: 0, extra: true }), { tool: 'flyway', migrations: 3, errors: 0 });
    assert.deepEqual(parseServerStatus({ tool: 7, migrations: -1, errors: '2' }), { tool: undefined, migrations: undefined, errors: undefined });
    assert.equal(parseServerStatus(null), undefined);
    assert.equal(parseServerStatus([1]), undefined);
  });
});
