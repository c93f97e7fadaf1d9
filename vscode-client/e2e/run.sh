#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code extension host (code-server +
# headless chromium), on a scratch copy of test-workspace/prisma-p3006:
#   install the .vsix, open 20241223_align_schema_with_production/migration.sql, wait for the
#   customer_id error, hover "onboarding_states", apply the quick fix, run "Show schema at this point".
# Screenshots go to docs/images/vscode-diagnostic.png and docs/images/vscode-hover.png.
#
# Installs what it needs (e2e/install-tools.sh: ~2.5 min and ~800 MB the first time, cached in
# $STRATA_E2E_TOOLS), builds the jar if missing (Maven), then the .vsix (npm ci + npm run package).
# Usage: vscode-client/e2e/run.sh [--screenshots DIR | --no-screenshots] [--timeout SECS] [--keep DIR]
# STRATA_JAR=/path/to/strata.jar tests another jar than server/target/strata.jar.
# Exit: 0 passed; 1 a step failed; 3 setup failed (e.g. the jar has no `lsp` command yet); 124 timeout.
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
log() { printf 'e2e/run.sh: %s\n' "$*" >&2; }
start=$SECONDS

TOOLS="$(bash "$HERE/install-tools.sh" | tail -n 1)"
log "tools ready in $TOOLS ($((SECONDS - start)) s)"

JAR="${STRATA_JAR:-$REPO/server/target/strata.jar}"
export STRATA_JAR="$JAR"   # also read by npm run package (scripts/copy-server.js)
if [[ ! -f "$JAR" ]]; then
  log "building $JAR"
  (cd "$REPO" && mvn -B -q -DskipTests package)
fi
if ! java -jar "$JAR" lsp --help 2>&1 | grep -q "strata lsp"; then
  log "FAIL: $JAR has no working \`lsp\` command yet (the language server is not merged); nothing to test"
  exit 3
fi

cd "$CLIENT"
[[ -d node_modules ]] || npm ci --no-audit --no-fund >&2
npm run --silent package >&2
VSIX="$CLIENT/strata-sql-$(node -p 'require("./package.json").version').vsix"
log "built $(basename "$VSIX") ($(du -h "$VSIX" | cut -f1))"

WS="$(mktemp -d /tmp/strata-e2e-ws.XXXXXX)"
trap 'rm -rf "$WS"' EXIT
cp -r "$REPO/test-workspace/prisma-p3006" "$WS/"
args=(--vsix "$VSIX" --workspace "$WS/prisma-p3006" --tools "$TOOLS" --timeout "$TIMEOUT" "${KEEP[@]}")
[[ -n "$SHOTS" ]] && args+=(--screenshots "$SHOTS")
set +e
node "$HERE/runner.js" "${args[@]}" | tee "$WS/results.jsonl"
rc=${PIPESTATUS[0]}
set -e
log "runner exit $rc after $((SECONDS - start)) s"
if [[ $rc -eq 0 ]]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$rc"
