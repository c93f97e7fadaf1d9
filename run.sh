#!/usr/bin/env bash
# Builds strata.jar and lints a migration project: by default the sample Prisma project
# test-workspace/prisma-p3006, whose history has a known error (so a non-zero exit is expected).
#
# Usage: ./run.sh [lint arguments...]     e.g.  ./run.sh test-workspace/flyway-shop
# Exits with the lint command's exit code. For humans; CI runs ./test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

mvn -B -q -DskipTests package
if [[ $# -eq 0 ]]; then
  set -- test-workspace/prisma-p3006
fi
exec java -jar server/target/strata.jar lint "$@"
