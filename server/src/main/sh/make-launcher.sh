#!/usr/bin/env bash
# Package step (run by Maven after the shade plugin): puts the `strata` launcher next to
# strata.jar and builds the AppCDS archive strata.jsa from three training runs: a `lint` of the
# sample workspace, a `lint` of the model's test fixtures laid out as histories (every statement
# kind we model, so the effect and rule classes a real history needs are in the archive too), and
# a short `lsp` session on the sample workspace (initialize, first analysis, shutdown). The
# classes they load are dumped into one static archive (-Xshare:dump).
#
# Usage: make-launcher.sh <target-dir> <sample-workspace> [<fixtures-dir>]
# A failed step leaves no archive (the launcher then starts without one); it never fails the
# build, since the archive only makes start-up faster.
set -u
target=$(cd "$1" && pwd -P)
workspace=$(cd "$2" && pwd -P)
jar="$target/strata.jar"
log="$target/strata-cds.log"
cp "$(dirname "$0")/strata" "$target/strata"
chmod +x "$target/strata"
rm -f "$target/strata.jsa" "$target"/*.classlist
: >"$log"

msg() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }

java -XX:DumpLoadedClassList="$target/lint.classlist" -jar "$jar" lint "$workspace" >/dev/null 2>>"$log"

# The fixtures hold several files each, after "-- file: <path>" lines: write each out as a history.
if [[ -n "${3:-}" && -d "$3" ]]; then
  training=$(mktemp -d)
  for f in "$3"/effects/*.sql "$3"/fixtures/*/*.sql; do
    [[ -f "$f" ]] || continue
    awk -v dir="$training/$(basename "$(dirname "$f")")-$(basename "$f" .sql)" '
      /^-- file: / { if (out) close(out); out = dir "/" substr($0, 10); d = out; sub(/\/[^\/]*$/, "", d)
                     system("mkdir -p \"" d "\""); next }
      out { print > out }' "$f"
  done
  java -XX:DumpLoadedClassList="$target/fixtures.classlist" -jar "$jar" lint "$training" >/dev/null 2>>"$log"
  rm -rf "$training"
fi

uri="file://$workspace"
{
  msg '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"'"$uri"'","capabilities":{},"workspaceFolders":[{"uri":"'"$uri"'","name":"w"}]}}'
  msg '{"jsonrpc":"2.0","method":"initialized","params":{}}'
  sleep 3
  msg '{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
  msg '{"jsonrpc":"2.0","method":"exit"}'
} | timeout 30 java -XX:DumpLoadedClassList="$target/lsp.classlist" -jar "$jar" lsp >/dev/null 2>>"$log"

cat "$target"/lint.classlist "$target"/fixtures.classlist "$target"/lsp.classlist 2>/dev/null | sort -u >"$target/strata.classlist"
if ! java -Xshare:dump -XX:SharedClassListFile="$target/strata.classlist" -XX:SharedArchiveFile="$target/strata.jsa" \
    -cp "$jar" >>"$log" 2>&1 || [[ ! -s "$target/strata.jsa" ]]; then
  echo "make-launcher: CDS dump failed; no archive (see $log)" >&2
  rm -f "$target/strata.jsa"
fi
rm -f "$target"/lint.classlist "$target"/fixtures.classlist "$target"/lsp.classlist
exit 0
