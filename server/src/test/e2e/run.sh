#!/usr/bin/env bash
# End-to-end test of the packaged language server (server/target/strata.jar) from real clients over
# stdio, on test-workspace/prisma-p3006. Builds nothing: run `mvn -B -ntp package` first (test.sh does).
#   1. our node client (lsp-e2e.js) with VS Code's protocol library: the customer_id error, hover,
#      completion after `os.`, code lens, strata/status, strata/schemaAt, the quick fix applied;
#   2. headless Neovim through editors/nvim/test.sh (the setup docs/editors.md gives users).
# Installs what it needs: the npm packages into server/target/e2e-node (gitignored), and Neovim with
# apt-get when running as root and nvim is missing. Without nvim (and not root) step 2 is skipped
# with a notice; with CI=true or STRATA_E2E_REQUIRE_NVIM=1 that is a failure.
# The last line counts the checks: "language server e2e: N passed, M failed".
# Exit: 0 all passed, 1 a check failed, 3 setup failed (no jar, no node/npm, npm install failed).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../../.." && pwd)"
JAR="${STRATA_JAR:-$REPO/server/target/strata.jar}"
DEPS="$REPO/server/target/e2e-node"
started=$SECONDS
say() { printf 'e2e: %s\n' "$*"; }
setup_failed() { printf 'e2e: SETUP FAILED: %s\n' "$*" >&2; echo "language server e2e: 0 passed, 1 failed"; exit 3; }

[[ -f "$JAR" ]] || setup_failed "$JAR does not exist (mvn -B -ntp package builds it)"
command -v node >/dev/null && command -v npm >/dev/null || setup_failed "node and npm are needed"

if [[ ! -d "$DEPS/node_modules/vscode-languageserver-protocol" ]]; then
  say "installing vscode-languageserver-protocol into $DEPS"
  mkdir -p "$DEPS"
  npm install --prefix "$DEPS" --no-save --no-audit --no-fund --loglevel=error \
    vscode-languageserver-protocol@3.17.5 vscode-jsonrpc@8.2.0 >/dev/null || setup_failed "npm install failed"
fi

WORK="$(mktemp -d /tmp/strata-e2e.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$REPO/test-workspace/prisma-p3006" "$WORK/"

# Every check prints "ok N - ..." or "not ok - ..." (the node client stops at its first failure);
# the last line of the run counts them: "language server e2e: N passed, M failed".
passed=0 failed=0
count() { passed=$((passed + $(grep -c '^ok ' "$1" || true))); failed=$((failed + $(grep -c '^not ok' "$1" || true))); }
summary() { echo "language server e2e: $passed passed, $failed failed"; }

say "node client (vscode-languageserver-protocol) against $JAR"
set +e
NODE_PATH="$DEPS/node_modules" node "$HERE/lsp-e2e.js" "$JAR" "$WORK/prisma-p3006" | tee "$WORK/node.out"
rc=${PIPESTATUS[0]}
set -e
count "$WORK/node.out"
if [[ $rc -ne 0 ]]; then
  [[ $(grep -c '^not ok' "$WORK/node.out" || true) -gt 0 ]] || failed=$((failed + 1))
  say "node client FAILED"; summary; exit 1
fi

if ! command -v nvim >/dev/null && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  say "installing neovim with apt-get"
  (apt-get install -y -qq neovim >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq neovim >/dev/null 2>&1; }) \
    || say "apt-get install neovim failed"
fi
if command -v nvim >/dev/null; then
  say "headless $(nvim --version | head -1) via editors/nvim/test.sh"
  if STRATA_JAR="$JAR" bash "$REPO/editors/nvim/test.sh" >"$WORK/nvim.out" 2>&1; then
    passed=$((passed + 1))
    echo "ok $((passed)) - Neovim (editors/nvim/strata.lua): the customer_id error, hover, the quick fix"
  else
    cat "$WORK/nvim.out"; failed=$((failed + 1)); say "Neovim FAILED"; summary; exit 1
  fi
elif [[ "${STRATA_E2E_REQUIRE_NVIM:-0}" == 1 || "${CI:-}" == true ]]; then
  failed=$((failed + 1))
  say "Neovim is required (CI=true or STRATA_E2E_REQUIRE_NVIM=1) but not installed"; summary; exit 1
else
  say "SKIPPED Neovim: nvim is not installed and this is not root (apt-get install neovim)"
fi
say "passed in $((SECONDS - started)) s"
summary
