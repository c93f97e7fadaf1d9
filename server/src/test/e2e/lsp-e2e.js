#!/usr/bin/env node
// End-to-end check of the packaged language server over stdio, with the protocol library VS Code's
// LSP extensions use (vscode-languageserver-protocol). Run by run.sh, which installs that library.
//   node lsp-e2e.js <strata.jar> <workspace folder>
// Scenario on test-workspace/prisma-p3006: the customer_id error; hover on "onboarding_states"
// showing client_id and not customer_id; completion after `os.`; the code lens; strata/status and
// strata/schemaAt; the did-you-mean quick fix applied leaves no error; shutdown and exit 0.
// Prints one line per check; exits 0 when all pass, 1 on the first failure (with the reason).
'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const rpc = require('vscode-languageserver-protocol/node');

const [jar, workspace] = process.argv.slice(2);
if (!jar || !workspace) {
  console.error('usage: node lsp-e2e.js <strata.jar> <workspace folder>');
  process.exit(2);
}
const root = fs.realpathSync(workspace);
const file = path.join(root, 'apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql');
const uri = pathToFileURL(file).href;
const original = fs.readFileSync(file, 'utf8');
const TIMEOUT_MS = 30000;
const started = Date.now();

let passed = 0;
function ok(what, detail) {
  passed++;
  console.log(`ok ${passed} - ${what}${detail ? ' (' + detail + ')' : ''}`);
}
function fail(what) {
  console.log(`not ok - ${what}`);
  process.exit(1);
}
function check(cond, what, detail) {
  if (!cond) fail(what + (detail ? ': ' + detail : ''));
  ok(what, detail);
}

/** The position of `$0` in the only occurrence of `snippet` (without the marker) in `text`. */
function at(text, snippet) {
  const plain = snippet.replace('$0', '');
  const found = text.indexOf(plain);
  if (found < 0 || text.indexOf(plain, found + 1) >= 0) fail(`snippet not unique in the file: ${plain}`);
  const before = text.slice(0, found + snippet.indexOf('$0')).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Applies LSP text edits (all ranges in the original text), last edit first. */
function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const server = spawn('java', ['-jar', jar, 'lsp'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
setTimeout(() => { console.error(stderr); fail(`timed out after ${TIMEOUT_MS} ms`); }, TIMEOUT_MS).unref();

const published = [];
const statuses = [];
let waiters = [];
const notify = () => { waiters = waiters.filter((w) => !w()); };
conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri) { published.push(p); notify(); } });
conn.onNotification('strata/status', (s) => { statuses.push(s); notify(); });
conn.onNotification('window/logMessage', () => {});
conn.onRequest(rpc.ConfigurationRequest.type, (p) => p.items.map(() => null));
conn.onRequest(rpc.RegistrationRequest.type, () => null);
conn.listen();

/** Resolves with the first item of `list` (from index `from`) matching `accept`, waiting for more. */
function waitFor(list, from, accept) {
  return new Promise((resolve) => {
    const test = () => {
      const found = list.slice(from).find(accept);
      if (found) resolve(found);
      return Boolean(found);
    };
    if (!test()) waiters.push(test);
  });
}
const errors = (p) => p.diagnostics.filter((d) => d.severity === rpc.DiagnosticSeverity.Error);

async function main() {
  const init = await conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'prisma-p3006' }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true } },
    },
  });
  const caps = init.capabilities;
  check(caps.hoverProvider && caps.completionProvider && caps.codeLensProvider && caps.definitionProvider,
    'initialize advertises hover, completion, definition and code lens');
  conn.sendNotification(rpc.InitializedNotification.type, {});
  conn.sendNotification(rpc.DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'sql', version: 1, text: original } });

  const first = await waitFor(published, 0, (p) => errors(p).length > 0);
  const error = errors(first)[0];
  const wrong = at(original, 'WHERE os.$0"customer_id"');
  check(errors(first).length === 1 && error.code === 'unknown-column' && error.range.start.line === wrong.line
      && error.range.start.character === wrong.character && error.message.includes('"customer_id"'),
    'the customer_id error is published on the quoted name', `${error.code} ${error.message.split('\n')[0]}`);

  const status = await waitFor(statuses, 0, (s) => s.errors > 0);
  check(status.tool === 'prisma' && status.migrations === 8 && status.errors === 1, 'strata/status reports the history',
    JSON.stringify(status));

  const hover = await conn.sendRequest(rpc.HoverRequest.type,
    { textDocument: { uri }, position: at(original, 'UPDATE "onboarding_$0states" os') });
  const text = hover && hover.contents && hover.contents.value;
  check(text && text.includes('client_id') && !text.includes('customer_id'),
    'hover on "onboarding_states" shows client_id and not customer_id');

  const completion = await conn.sendRequest(rpc.CompletionRequest.type,
    { textDocument: { uri }, position: at(original, 'WHERE os.$0"customer_id"') });
  const labels = (completion.items || completion).map((i) => i.label);
  check(['id', 'client_id', 'clientId'].every((l) => labels.includes(l)) && !labels.includes('customer_id'),
    'completion after os. lists the columns at that point', labels.join(', '));

  const lenses = await conn.sendRequest(rpc.CodeLensRequest.type, { textDocument: { uri } });
  check(lenses.length === 1 && lenses[0].command.title.startsWith('✖ fails: column "customer_id" does not exist'),
    'the code lens says the migration fails', lenses[0] && lenses[0].command.title);

  const schema = await conn.sendRequest('strata/schemaAt', { uri, position: wrong });
  check(schema && /CREATE TABLE public\.onboarding_states \([^;]*client_id/.test(schema.ddl), 'strata/schemaAt prints the schema at the cursor');

  const actions = await conn.sendRequest(rpc.CodeActionRequest.type,
    { textDocument: { uri }, range: error.range, context: { diagnostics: [error], only: ['quickfix'] } });
  const fix = actions.find((a) => a.edit && a.edit.changes && a.edit.changes[uri]);
  check(fix, 'a quick fix with an edit is offered', fix && fix.title);
  const fixed = applyEdits(original, fix.edit.changes[uri]);
  const before = published.length;
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  const after = await waitFor(published, before, (p) => p.version === 2);
  check(errors(after).length === 0 && fixed.includes('WHERE os."client_id"'), 'the quick fix applied leaves no error',
    `${after.diagnostics.length} warnings remain`);

  await conn.sendRequest(rpc.ShutdownRequest.type);
  conn.sendNotification(rpc.ExitNotification.type);
  const code = await exited;
  check(code === 0, 'the server exits with 0 after shutdown and exit', `exit ${code}`);
  console.log(`node client: ${passed} checks passed in ${Date.now() - started} ms`);
  process.exit(0);
}

main().catch((e) => { console.error(stderr); fail(`${e.message || e}`); });
