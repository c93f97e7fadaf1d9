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

/** Asks the runner for a screenshot of the browser window and waits until it is saved. */
async function screenshot(name) {
  await sleep(1200); // let the workbench paint
  out({ type: 'screenshot', name });
  await waitFor(`screenshot ${name}`, () => fs.existsSync(`${RESULTS}.${name}.done`), 20000);
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
  editor.selection = new vscode.Selection(diag.range.start, diag.range.start);
  editor.revealRange(diag.range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await screenshot('vscode-diagnostic');
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
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('editor.action.showHover');
  await screenshot('vscode-hover');
  await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
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
    diagnostics_after: vscode.languages.getDiagnostics(doc.uri).map((d) => `${d.range.start.line + 1}: ${d.message}`) });
}

async function schemaStep(editor, pos) {
  editor.selection = new vscode.Selection(pos, pos);
  await vscode.commands.executeCommand('strata.showSchemaAtCursor');
  const schemaDoc = await waitFor('the strata-schema document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'strata-schema'), 20000);
  const ddl = schemaDoc.getText();
  out({ type: 'schema_at_cursor', uri: schemaDoc.uri.toString(), chars: ddl.length, first_lines: ddl.split('\n').slice(0, 6) });
  if (!/CREATE TABLE[^\n]*onboarding_states/i.test(ddl)) throw new Error('the schema at the cursor has no CREATE TABLE for onboarding_states');
}

exports.run = async function run() {
  const t0 = Date.now();
  await startExtension();
  const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, FILE)));
  const editor = await vscode.window.showTextDocument(doc);
  out({ type: 'opened', file: FILE, languageId: doc.languageId });
  const diag = await diagnosticStep(doc.uri, editor);
  const pos = await hoverStep(doc, editor);
  await quickFixStep(doc, diag);
  await schemaStep(editor, pos);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  out({ type: 'done', exit: 0, total_ms: Date.now() - t0 });
};
