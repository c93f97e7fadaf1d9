// The end-to-end scenario, run INSIDE the VS Code extension host by the installed extension
// (STRATA_E2E_TESTS points here; see runner.js). It drives VS Code's own provider commands, so
// it checks what a user sees: the extension starts the bundled server, the customer_id error
// appears, hover works, the quick fix applies and clears it, "Show schema at this point" opens.
// Each step appends a JSON line to STRATA_E2E_RESULTS; a thrown Error ends the run as failed.
'use strict';
const vscode = require('vscode');
const fs = require('fs');
const path = require('path');

const RESULTS = process.env.STRATA_E2E_RESULTS;
const FILE = 'apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql';
const TIMEOUT = Number(process.env.STRATA_E2E_STEP_TIMEOUT_MS || 60000);
const out = (o) => fs.appendFileSync(RESULTS, JSON.stringify(o) + '\n');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, probe, timeout = TIMEOUT) {
  const t = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Shows something with `prepare` and asks the runner for a screenshot of the browser window. The
 * runner first waits until an element matching `selector` is visible in the workbench and (if
 * given) contains `text`, so the picture shows what it is meant to show. When that element
 * vanishes before the picture is saved (VS Code closes a hover when diagnostics or focus change),
 * `prepare` runs again, up to three times; when it never shows, this throws.
 */
async function screenshot(name, selector, text, prepare) {
  let result = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    await prepare();
    const request = attempt === 1 ? name : `${name}#${attempt}`;
    out({ type: 'screenshot', name: request, selector, text });
    const done = `${RESULTS}.${request}.done`;
    await waitFor(`screenshot ${request}`, () => fs.existsSync(done), 40000);
    result = fs.readFileSync(done, 'utf8');
    if (!result.startsWith('RETRY')) break;
    out({ type: 'screenshot_retry', name, attempt, reason: result });
  }
  if (result.startsWith('ERROR') || result.startsWith('RETRY')) throw new Error(`screenshot ${name}: ${result}`);
}

const text = (h) => h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
const customerId = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.message.includes('customer_id'));

async function startExtension() {
  const t = Date.now();
  const ext = vscode.extensions.getExtension('strata.strata-sql');
  if (!ext) throw new Error('extension strata.strata-sql is not installed');
  const api = await ext.activate();
  const started = await api.started;
  out({ type: 'timing', phase: 'activate_and_start_server', ms: Date.now() - t, vscode: vscode.version, started });
  if (!started) throw new Error('the Strata language server did not start (see the Strata output log below)');
}

async function diagnosticStep(uri, editor) {
  const t = Date.now();
  const [diag] = await waitFor('the customer_id diagnostic', () => customerId(uri).length && customerId(uri));
  out({ type: 'timing', phase: 'first_customer_id_diagnostic', ms: Date.now() - t });
  for (const d of vscode.languages.getDiagnostics(uri)) {
    out({ type: 'diagnostic', line: d.range.start.line + 1, col: d.range.start.character + 1, severity: d.severity,
      code: typeof d.code === 'object' ? d.code.value : d.code ?? null, source: d.source ?? null, message: d.message });
  }
  if (diag.severity !== vscode.DiagnosticSeverity.Error) throw new Error(`customer_id is not an error: severity ${diag.severity}`);
  if (diag.range.start.line !== 220) throw new Error(`customer_id reported on line ${diag.range.start.line + 1}, expected 221`);
  // The picture: the squiggle, the error's hover in the editor, and the Problems panel.
  const inside = diag.range.start.translate(0, 3);
  editor.selection = new vscode.Selection(inside, inside);
  editor.revealRange(diag.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await screenshot('vscode-diagnostic', '.monaco-hover', 'does not exist on table', async () => {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
  });
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.action.closePanel');
  return diag;
}

async function hoverStep(doc, editor) {
  const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text.startsWith('UPDATE "onboarding_states" os'));
  if (line === undefined) throw new Error('UPDATE "onboarding_states" os not found in the test file');
  const pos = new vscode.Position(line, doc.lineAt(line).text.indexOf('onboarding_states') + 3);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
  const shown = text(hovers);
  out({ type: 'hover', line: line + 1, col: pos.character + 1, count: hovers.length, text: shown.slice(0, 400) });
  if (!shown.includes('onboarding_states')) throw new Error(`hover on "onboarding_states" does not name the table: ${JSON.stringify(shown.slice(0, 200))}`);
  // The table as it stands at this point has client_id (and clientId), not customer_id.
  if (!/\|\s*client_id\s*\|/.test(shown)) throw new Error(`hover on "onboarding_states" has no client_id row: ${JSON.stringify(shown.slice(0, 400))}`);
  if (shown.includes('customer_id')) throw new Error('hover on "onboarding_states" still shows customer_id');
  // The picture: the hover over the statement, the squiggled customer_id line below it; the side
  // bar is closed to make the hover wide (VS Code caps its height; the table scrolls).
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  await screenshot('vscode-hover', '.monaco-hover table', 'client_id', async () => {
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
  });
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  await vscode.commands.executeCommand('workbench.view.explorer');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return pos;
}

async function quickFixStep(doc, diag) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  actions.forEach((a, i) => out({ type: 'code_action', index: i + 1, title: a.title, kind: a.kind ? a.kind.value : null, preferred: !!a.isPreferred, hasEdit: !!a.edit }));
  const fix = actions.find((a) => a.edit && a.isPreferred) || actions.find((a) => a.edit);
  if (!fix) throw new Error('no quick fix with a WorkspaceEdit for the customer_id diagnostic');
  const t = Date.now();
  if (!(await vscode.workspace.applyEdit(fix.edit))) throw new Error(`VS Code refused the edit of "${fix.title}"`);
  await waitFor('the customer_id diagnostic to go away', () => customerId(doc.uri).length === 0);
  out({ type: 'applied', title: fix.title, ms_to_clear: Date.now() - t, line_221: doc.lineAt(220).text,
    diagnostics_after: vscode.languages.getDiagnostics(doc.uri).map((d) => `${d.range.start.line + 1}: ${d.message.slice(0, 60)}`) });
}

async function schemaStep(editor, pos) {
  editor.selection = new vscode.Selection(pos, pos);
  await vscode.commands.executeCommand('strata.showSchemaAtCursor');
  const schemaDoc = await waitFor('the strata-schema document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'strata-schema'), 20000);
  const ddl = schemaDoc.getText();
  out({ type: 'schema_at_cursor', uri: schemaDoc.uri.toString(), chars: ddl.length, first_lines: ddl.split('\n').slice(0, 6) });
  if (!/CREATE TABLE[^\n]*onboarding_states/i.test(ddl)) throw new Error('the schema at the cursor has no CREATE TABLE for onboarding_states');
}

/**
 * Runs the four checks in order. A failed check is reported and the run goes on; the quick fix
 * needs the diagnostic, so it fails too when the diagnostic did. Ends with one "done" line that
 * counts passed and failed checks (e2e/run.sh prints them).
 */
exports.run = async function run() {
  const t0 = Date.now();
  let passed = 0, failed = 0;
  const check = async (name, body) => {
    const t = Date.now();
    try {
      const value = await body();
      out({ type: 'check', name, ok: true, ms: Date.now() - t });
      passed++;
      return value;
    } catch (e) {
      out({ type: 'check', name, ok: false, ms: Date.now() - t, error: String(e && e.message ? e.message : e) });
      failed++;
      return undefined;
    }
  };
  await startExtension();
  const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, FILE)));
  const editor = await vscode.window.showTextDocument(doc);
  out({ type: 'opened', file: FILE, languageId: doc.languageId });
  const diag = await check('customer_id diagnostic', () => diagnosticStep(doc.uri, editor));
  const pos = await check('hover shows client_id', () => hoverStep(doc, editor));
  await check('quick fix clears the error', () => {
    if (!diag) throw new Error('no customer_id diagnostic to fix');
    return quickFixStep(doc, diag);
  });
  await check('show schema at this point', () => schemaStep(editor, pos || diag?.range.start || new vscode.Position(217, 10)));
  await vscode.commands.executeCommand('workbench.action.files.revert');
  out({ type: 'done', passed, failed, total_ms: Date.now() - t0 });
};
