#!/usr/bin/env bash
# Runs the whole test suite: one command for every test.
#
#   1. `mvn -B -ntp package` (every Java test, then server/target/strata.jar) against a throw-away
#      PostgreSQL 15 server (.ci/pg-start; STRATA_TEST_PG_URL for the tests; stopped afterwards,
#      also on failure or Ctrl-C);
#   2. the language server's end-to-end test from real clients (server/src/test/e2e/run.sh);
#   3. the VS Code extension's unit tests (vscode-client: npm ci, npm test);
#   4. the VS Code end-to-end test in a real extension host (vscode-client/e2e/run.sh: code-server +
#      headless Chromium, installed once into ~/.cache/strata-e2e). Its screenshots go to
#      vscode-client/e2e/.results/ (run the script alone to refresh docs/images/).
# Steps 2-4 run only when Maven passed; each runs even when an earlier one failed. Each step's time
# is printed, and a summary at the end. Exits non-zero when any step failed.
# Outside CI (CI unset or not "true"), a machine where the VS Code tools cannot be installed (no
# chromium and not root) skips step 4 with a notice; with CI=true that is a failure.
# Extra arguments go to Maven, e.g.  ./test.sh -pl server -am
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
T0=$SECONDS
say() { printf 'test.sh: %s\n' "$*"; }
results=()
failed=0
# step NAME CMD...: runs CMD, records "NAME: passed|FAILED (exit N) in S s"
step() {
  local name=$1 t=$SECONDS code=0
  shift
  say "== $name"
  "$@" || code=$?
  if [[ $code -eq 0 ]]; then
    results+=("$name: passed in $((SECONDS - t)) s")
  else
    results+=("$name: FAILED (exit $code) in $((SECONDS - t)) s")
    failed=$((failed + 1))
  fi
  return 0
}

pg_env="$(bash .ci/pg-start)"
eval "$pg_env"
pg_stopped=0
stop_pg() { [[ $pg_stopped -eq 1 ]] || { pg_stopped=1; bash .ci/pg-stop "$STRATA_PG_DATA"; }; }
trap stop_pg EXIT
export STRATA_TEST_PG_URL

step "maven (unit and integration tests, jar)" mvn -B -ntp package "$@"
stop_pg
if [[ $failed -ne 0 ]]; then
  say "${results[0]}"
  exit 1
fi

step "language server e2e (node client, Neovim)" bash server/src/test/e2e/run.sh

vscode_unit() {
  (cd vscode-client && npm ci --no-audit --no-fund --loglevel=error && npm test)
}
step "VS Code extension unit tests" vscode_unit

vscode_e2e() {
  local code=0
  bash vscode-client/e2e/run.sh --screenshots "$PWD/vscode-client/e2e/.results/screenshots" || code=$?
  if [[ $code -eq 4 && "${CI:-}" != true ]]; then
    say "SKIPPED the VS Code e2e: its tools could not be installed (see above; as root it installs them). With CI=true this fails."
    return 0
  fi
  return "$code"
}
step "VS Code e2e (code-server + Chromium)" vscode_e2e

say "== summary ($((SECONDS - T0)) s in all)"
for r in "${results[@]}"; do say "$r"; done
[[ $failed -eq 0 ]]
