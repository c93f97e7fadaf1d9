#!/usr/bin/env bash
# Checks editors/nvim/strata.lua with the init.lua line docs/editors.md gives (read from the docs) in a
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
# The set-up docs/editors.md gives, verbatim: strata.lua copied to ~/.config/nvim/lua/, the jar at
# ~/.strata/strata.jar, and the `require('strata').setup(...)` line of the docs as init.lua.
mkdir -p "$XDG_CONFIG_HOME/nvim/lua" "$SANDBOX/home/.strata"
cp "$HERE/strata.lua" "$XDG_CONFIG_HOME/nvim/lua/strata.lua"
ln -s "$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")" "$SANDBOX/home/.strata/strata.jar"
awk '/add to `init.lua`:/ { want = 1; next } want && /^```lua/ { inside = 1; next } inside && /^```/ { exit } inside { print }' \
  "$REPO/docs/editors.md" >"$XDG_CONFIG_HOME/nvim/init.lua"
grep -q "require('strata').setup" "$XDG_CONFIG_HOME/nvim/init.lua" || fail "no require('strata').setup snippet after 'add to \`init.lua\`:' in docs/editors.md"
export HOME="$SANDBOX/home" STRATA_NVIM_INIT="$XDG_CONFIG_HOME/nvim/init.lua"
export STRATA_NVIM_FILE="$SANDBOX/prisma-p3006/apps/backend/prisma/migrations/20241223_align_schema_with_production/migration.sql"

set +e
timeout -k 5 "${STRATA_NVIM_HARD_TIMEOUT:-200}" nvim --headless -u NONE -i NONE -n \
  -c 'filetype on' -c "luafile $HERE/test.lua" </dev/null
rc=$?
set -e
if [[ $rc -eq 0 ]]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; fi
exit "$rc"
