import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, diagramHtml } from '../src/diagramHtml';
import { parseTimeline, presentRow } from '../src/timelineModel';

/** The shape of a `strata/timeline` answer for prisma-p3006 (abridged). */
const ANSWER = {
  title: 'prisma history',
  rows: [
    { index: 0, date: '2024-12-18', name: '20241218_add_onboarding_state', uri: 'file:///p/a.sql', purpose: 'no statements', status: 'stub', failure: null, tablesAfter: 0 },
    { index: 2, date: '2024-12-21', name: '20241221_initial_clean_baseline', uri: 'file:///p/b.sql', purpose: 'creates 7 types; creates 8 tables', status: 'ok', failure: null, tablesAfter: 8 },
    { index: 4, date: '2024-12-23', name: '20241223_align_schema_with_production', uri: 'file:///p/c.sql', purpose: 'creates types …', status: 'fails',
      failure: { message: 'column "customer_id" does not exist on table "onboarding_states" at this point in history (20241223_align_schema_with_production); it has "client_id"', line: 221, code: 'unknown-column' },
      tablesAfter: 13 },
    { index: 5, date: null, name: '20241224_add_alert_log_and_twilio_pool', uri: 'file:///p/d.sql', purpose: 'creates twilio_number_pool', status: 'blocked', failure: null, tablesAfter: 14 },
    { index: 6, name: 'broken row without a uri', status: 'ok' },
    { index: 7, name: 'x', uri: 'file:///p/x.sql', status: 'weird' },
  ],
};

describe('migration timeline', () => {
  it('parses rows and drops malformed ones', () => {
    const view = parseTimeline(ANSWER);
    assert.ok(view);
    assert.equal(view.title, 'prisma history');
    assert.deepEqual(view.rows.map((r) => r.status), ['stub', 'ok', 'fails', 'blocked']);
    assert.equal(view.rows[3].date, undefined);
    assert.deepEqual(view.rows[2].failure?.line, 221);
    assert.equal(parseTimeline(null), undefined);
    assert.equal(parseTimeline({ rows: 'no' }), undefined);
  });

  it('gives each status its icon and shows the purpose as description', () => {
    const rows = parseTimeline(ANSWER)!.rows;
    const [stub, ok, fails, blocked] = rows.map(presentRow);
    assert.deepEqual([stub.icon, ok.icon, fails.icon, blocked.icon], ['circle-outline', 'pass', 'error', 'debug-pause']);
    assert.deepEqual([stub.color, ok.color, fails.color, blocked.color],
      ['disabledForeground', 'testing.iconPassed', 'errorForeground', 'list.warningForeground']);
    assert.equal(ok.label, '20241221_initial_clean_baseline');
    assert.equal(ok.description, 'creates 7 types; creates 8 tables');
    assert.equal(fails.description, 'line 221: column "customer_id" does not exist on table "onboarding_states"; it has "client_id"');
    assert.match(fails.tooltip, /fails: a deploy stops here/);
    assert.match(blocked.tooltip, /blocked: a deploy never reaches it\ncreates twilio_number_pool\n14 tables after/);
    assert.equal(blocked.contextValue, 'strataMigration.blocked');
  });
});

describe('ER diagram webview', () => {
  it('allows no network and only nonce scripts', () => {
    const csp = contentSecurityPolicy('vscode-webview://abc', 'N0NCE');
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0NCE'/);
    assert.doesNotMatch(csp, /https?:|\*|unsafe-eval/);
  });

  it('loads the bundled Mermaid and escapes the diagram text', () => {
    const html = diagramHtml({ cspSource: 'vscode-webview://abc', mermaidUri: 'vscode-webview://abc/media/mermaid.min.js',
      nonce: 'N0NCE', title: 'Schema <x>', mermaid: 'erDiagram\n    a ||--o{ b : "x"\n', theme: 'dark' });
    assert.match(html, /<script nonce="N0NCE" src="vscode-webview:\/\/abc\/media\/mermaid.min.js"><\/script>/);
    assert.match(html, /a \|\|--o\{ b : &quot;x&quot;/);
    assert.match(html, /Schema &lt;x&gt;/);
    assert.doesNotMatch(html, /https?:\/\//);
  });
});
