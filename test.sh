#!/usr/bin/env bash
# Runs the whole test suite against a throw-away PostgreSQL 15 server.
#
# Starts the server with .ci/pg-start, exports STRATA_TEST_PG_URL for the tests, runs
# `mvn -B -ntp package` (every test, then server/target/strata.jar), stops the server (also on
# failure or Ctrl-C), then runs the language server's end-to-end test against the packaged jar from
# real clients (server/src/test/e2e/run.sh). Exits non-zero when either fails.
# Extra arguments go to Maven, e.g.  ./test.sh -pl server -am
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

pg_env="$(bash .ci/pg-start)"
eval "$pg_env"
trap 'bash .ci/pg-stop "$STRATA_PG_DATA"' EXIT
export STRATA_TEST_PG_URL

set +e
mvn -B -ntp package "$@"
code=$?
set -e
if [[ $code -ne 0 ]]; then
  exit "$code"
fi
bash server/src/test/e2e/run.sh
