#!/usr/bin/env bash
# Package step (run by Maven after the shade plugin): puts the `strata` launcher next to
# strata.jar and trains the AppCDS archive strata.jsa with a `lint` of the sample workspace.
#
# Usage: make-launcher.sh <target-dir> <sample-workspace>
# A failed training run leaves no archive (the launcher then starts without one); it never fails
# the build, since the archive only makes start-up faster.
set -u
target=$1
workspace=$2
cp "$(dirname "$0")/strata" "$target/strata"
chmod +x "$target/strata"
rm -f "$target/strata.jsa"
java -XX:ArchiveClassesAtExit="$target/strata.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -jar "$target/strata.jar" lint "$workspace" >/dev/null 2>"$target/strata-cds.log"
code=$?
if [[ $code -gt 1 || ! -s "$target/strata.jsa" ]]; then
  echo "make-launcher: CDS training run exited $code; no archive (see $target/strata-cds.log)" >&2
  rm -f "$target/strata.jsa"
fi
exit 0
