#!/usr/bin/env bash
# Checks editors/nvim/strata.lua (the snippet docs/editors.md tells Neovim users to install) in a
# real headless Neovim (0.7.2 from Debian 12 works) against server/target/strata.jar, on a scratch
# copy of test-workspace/prisma-p3006: the customer_id error, hover, the quick fix.
# Usage: editors/nvim/test.sh     Needs: nvim (apt-get install neovim), java 17+, the built jar.
# Exit: 0 passed; 3 setup failed (no nvim, no jar, the jar has no `lsp` yet) or the server did not
# start; 4 no customer_id diagnostic; 5 hover/quick fix failed; 6 internal error; 124 timeout.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
JAR="${STRATA_JAR:-$REPO/server/target/strata.jar}"
fail() { printf 'editors/nvim/test.sh: FAIL: %s\n' "$*" >&2; echo "0 passed, 1 failed"; exit 3; }

command -v nvim >/dev/null || fail "nvim is not installed (apt-get install neovim)"
[[ -f "$JAR" ]] || fail "$JAR does not exist (mvn -B -q -DskipTests package)"
java -jar "$JAR" lsp --help 2>&1 | grep -q "strata lsp" || fail "$JAR has no working \`lsp\` command yet (the language server is not merged)"

SANDBOX="$(mktemp -d /tmp/strata-nvim-test.XXXXXX)"
trap 'rm -rf "$SANDBOX"' EXIT
cp -r "$REPO/test-workspace/prisma-p3006" "$SANDBOX/"
export XDG_CONFIG_HOME="$SANDBOX/config" XDG_DATA_HOME="$SANDBOX/data" XDG_STATE_HOME="$SANDBOX/state" XDG_CACHE_HOME="$SANDBOX/cache"
export STRATA_JAR="$JAR" STRATA_NVIM_PLUGIN="$HERE/strata.lua"
export STRATA_NVIM_FILE="$SANDBOX/prisma-p3006/apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql"

set +e
timeout -k 5 "${STRATA_NVIM_HARD_TIMEOUT:-200}" nvim --headless -u NONE -i NONE -n \
  -c 'filetype on' -c "luafile $HERE/test.lua" </dev/null
rc=$?
set -e
if [[ $rc -eq 0 ]]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$rc"
